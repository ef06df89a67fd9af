// Turns a working annotation file (kept OUTSIDE the repo: it holds article text) into a reference-only
// eval-sets/NAME.refs.jsonl: every string is located in the rebuilt text and stored as [start, end) offsets.
// usage (after `npx tsc -p tsconfig.json`): node eval-sets/tools/annotate.mjs /tmp/work/own-reuters.mjs eval-sets/own-reuters.refs.jsonl
//
// The working file exports (default and/or named arrays) [{ id, ref, quotes: [[type, content, speaker, mention, cue, when?], …] }, …]:
// - type 'd' (direct) or 'i' (indirect); 'd!' is a direct quote whose closing mark the article omits;
// - content: the exact substring, or "PREFIX ~~ SUFFIX" (from PREFIX's start to the first SUFFIX after it);
//   append "#N" to take the N-th (1-based) occurrence of the prefix when it occurs more than once;
// - mention, cue: exact substrings (or null); the occurrence nearest the content is taken ("<X" / ">X": the
//   nearest one before / after the content);
// - speaker: the GUIDE's speaker name (or null); when: YYYY[-MM[-DD]] or null.
// A direct quote's content must sit right inside quote marks (or end where a quote runs on: before a line break or before ` "`); anything that fails to match is an error.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashText, loadDatasetText } from '../../dist/scripts/eval/load-dataset-text.js';

const SHARED = process.env.ONRECORD_SHARED ?? resolve('../shared');
const MARKS = "\"“”‘’«»'`";

function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

function locateContent(text, spec, where) {
  let nth = 0;
  const m = /#(\d+)$/.exec(spec);
  if (m) {
    nth = Number(m[1]) - 1;
    spec = spec.slice(0, m.index);
  }
  const [prefix, suffix] = spec.split(' ~~ ');
  const starts = occurrences(text, prefix);
  if (starts.length === 0)
    throw new Error(`${where}: content not found: ${JSON.stringify(prefix.slice(0, 60))}`);
  if (starts.length > 1 && !m)
    throw new Error(
      `${where}: content occurs ${starts.length} times, add #N: ${JSON.stringify(prefix.slice(0, 60))}`,
    );
  const start = starts[nth];
  if (start === undefined) throw new Error(`${where}: no occurrence #${nth + 1}`);
  if (suffix === undefined) return [start, start + prefix.length];
  const s = text.indexOf(suffix, start + prefix.length);
  if (s < 0) throw new Error(`${where}: suffix not found after prefix: ${JSON.stringify(suffix)}`);
  return [start, s + suffix.length];
}

function locateNear(text, s, content, where) {
  if (s === null || s === undefined) return null;
  // "<X" / ">X": the nearest occurrence of X before / after the content (when the nearest one overall is wrong)
  const side = s[0] === '<' ? -1 : s[0] === '>' ? 1 : 0;
  if (side) s = s.slice(1);
  const isWord = (ch) => /[\p{L}\p{N}]/u.test(ch);
  const all = occurrences(text, s).filter(
    (i) =>
      (i + s.length <= content[0] || i >= content[1]) &&
      !isWord(text.charAt(i - 1)) &&
      !isWord(text.charAt(i + s.length)) &&
      (side === 0 || (side < 0 ? i + s.length <= content[0] : i >= content[1])),
  );
  if (all.length === 0) throw new Error(`${where}: not found outside the content: ${JSON.stringify(s)}`);
  const dist = (i) => (i >= content[1] ? i - content[1] : content[0] - (i + s.length));
  all.sort((a, b) => dist(a) - dist(b));
  return [all[0], all[0] + s.length];
}

const [input, output] = process.argv.slice(2);
const mod = await import(pathToFileURL(resolve(input)).href);
const work = Object.values(mod).flat(); // every exported array of articles
const lines = [];
let errors = 0;
const counts = { direct: 0, indirect: 0 };
for (const art of work) {
  const { text, date } = loadDatasetText(SHARED, art.ref);
  const quotes = [];
  art.quotes.forEach((row, k) => {
    const where = `${art.id} #${k + 1}`;
    try {
      const [t, c, speaker, mention, cue, when = null] = row;
      const type = t === 'd' || t === 'd!' ? 'direct' : t === 'i' ? 'indirect' : null;
      if (!type) throw new Error(`${where}: type ${t}`);
      const content = locateContent(text, c, where);
      if (type === 'direct') {
        const before = text.slice(Math.max(0, content[0] - 1), content[0]);
        const after = text.slice(content[1], content[1] + 1);
        const runsOn =
          after === '\n' || after === '' || (after === ' ' && MARKS.includes(text.charAt(content[1] + 1)));
        if (!MARKS.includes(before) || !(MARKS.includes(after) || runsOn || t === 'd!'))
          throw new Error(
            `${where}: direct content not inside marks: …${JSON.stringify(before + text.slice(content[0], content[1]).slice(0, 30))}…${JSON.stringify(after)}`,
          );
      }
      if (when !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(when)) throw new Error(`${where}: when ${when}`);
      quotes.push({
        type,
        content,
        speaker,
        mention: locateNear(text, mention, content, `${where} mention`),
        cue: locateNear(text, cue, content, `${where} cue`),
        when,
      });
      counts[type]++;
    } catch (e) {
      errors++;
      console.error(e.message);
    }
  });
  quotes.sort((a, b) => a.content[0] - b.content[0]);
  lines.push(
    JSON.stringify({ id: art.id, ref: art.ref, sha256: hashText(text), length: text.length, date, quotes }),
  );
}
if (errors) {
  console.error(`${errors} error(s); nothing written`);
  process.exit(1);
}
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${output}: ${lines.length} articles, ${counts.direct} direct, ${counts.indirect} indirect`);
