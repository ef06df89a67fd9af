// Counts how often news copy writes each form of the entities that have long forms, to fill data/alias-frequency.ts.
// Run: npx tsc -p tsconfig.json && node dist/src/entities/eval/measure-alias-usage.js ../shared/datasets
// Prints the ALIAS_COUNTS table as JSON. Counts the same longest matches the gazetteer rule makes (case-sensitive).
import { loadGazetteer } from '../gazetteer.js';
import { isCapitalized, keyOfWords, splitWords } from '../split-words.js';
import { readCorpora } from './read-corpora.js';

const dir = process.argv[2] ?? '../shared/datasets';
const g = loadGazetteer();
const withLong = new Set([...g.byKey.values()].filter((e) => e.type === 'long').map((e) => e.canonical));
const counts: Record<string, Record<string, number>> = {};
const perCorpus: Record<string, number> = {};
for (const doc of readCorpora(dir)) {
  perCorpus[doc.corpus] = (perCorpus[doc.corpus] ?? 0) + 1;
  const words = splitWords(doc.text.replace(/[\u2018\u2019]/g, "'"));
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(g.maxWords, words.length - i); n >= 1 && !matched; n--) {
      const span = words.slice(i, i + n);
      if (!span.every((w, k) => k === 0 || /^ {1,2}$/.test(doc.text.slice((span[k - 1] ?? w).end, w.start))))
        continue;
      const entry = g.byKey.get(keyOfWords(span));
      if (
        !entry ||
        entry.type === 'demonym' ||
        entry.type === 'capital' ||
        !isCapitalized(span[0]?.text ?? '')
      )
        continue;
      matched = n;
      if (!withLong.has(entry.canonical)) continue;
      const byForm = counts[entry.canonical] ?? {};
      byForm[entry.form] = (byForm[entry.form] ?? 0) + 1;
      counts[entry.canonical] = byForm;
    }
    i += matched || 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, byForm]) => [c, Object.fromEntries(Object.entries(byForm).sort(([, a], [, b]) => b - a))]),
);
process.stderr.write(`articles read: ${JSON.stringify(perCorpus)}\n`);
process.stdout.write(`${JSON.stringify(sorted, null, 1)}\n`);
