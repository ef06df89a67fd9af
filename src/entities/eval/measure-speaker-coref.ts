// In-article coreference measured on the gold sets: for each gold quote whose speaker mention is given, does the
// entity this stage puts that mention in carry the gold speaker's name?
// Run: npx tsc -p tsconfig.json && node dist/src/entities/eval/measure-speaker-coref.js ../shared/gold/dev-bbc.jsonl [more.jsonl]
import { readFileSync } from 'node:fs';
import { escapeRegExp } from '../../escape-reg-exp.js';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

interface GoldQuote {
  content: string;
  speaker: string | null;
  mention: string | null;
}
interface GoldArticle {
  id: string;
  date: string | null;
  text: string;
  quotes: GoldQuote[];
}

type Kind = 'name' | 'descriptor' | 'pronoun';
const kindOf = (mention: string): Kind =>
  /^(?:he|she|him|his|her|they|it|we|i)$/i.test(mention)
    ? 'pronoun'
    : /^\p{Lu}/u.test(mention) && !/^(?:The|A|An)\s/.test(mention)
      ? 'name'
      : 'descriptor';
const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

const tally: Record<Kind, { n: number; found: number; right: number }> = {
  name: { n: 0, found: 0, right: 0 },
  descriptor: { n: 0, found: 0, right: 0 },
  pronoun: { n: 0, found: 0, right: 0 },
};
const misses: string[] = [];
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as GoldArticle;
    const doc = normalizeArticle({ id: a.id, date: a.date, text: a.text });
    const layer = findEntities(doc, NO_SEGMENTS);
    for (const q of a.quotes) {
      if (!q.mention || !q.speaker) continue;
      const at = a.text.indexOf(q.content.slice(0, 40));
      // the occurrence of the mention nearest the quote
      let best = -1;
      const escaped = escapeRegExp(q.mention);
      for (const m of a.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
        if (best < 0 || Math.abs(m.index - at) < Math.abs(best - at)) best = m.index;
      }
      if (best < 0) continue;
      const start = best;
      const end = best + q.mention.length;
      const kind = kindOf(q.mention);
      const t = tally[kind];
      t.n += 1;
      const overlap = (m: { start: number; end: number }) =>
        Math.max(0, Math.min(end, m.end) - Math.max(start, m.start));
      // the mention that ends where the gold one does ("UKIP spokesman Mark Croucher"), else starts there, else overlaps most
      const rank = (m: { start: number; end: number }) =>
        (m.end === end ? 2 : 0) + (m.start === start ? 1 : 0);
      const mine = layer.mentions
        .filter((m) => overlap(m) > 0 && m.entity)
        .sort((x, y) => rank(y) - rank(x) || overlap(y) - overlap(x))[0];
      const entity = mine ? layer.entities.find((e) => e.id === mine.entity) : undefined;
      if (!entity) {
        misses.push(`${kind} unfound: "${q.mention}" → ${q.speaker}`);
        continue;
      }
      t.found += 1;
      if (
        fold(entity.name) === fold(q.speaker) ||
        entity.aliases.some((x) => fold(x) === fold(q.speaker ?? ''))
      )
        t.right += 1;
      else misses.push(`${kind} wrong: "${q.mention}" → ${entity.name} (gold ${q.speaker})`);
    }
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
for (const [kind, t] of Object.entries(tally)) {
  console.log(
    `${kind}: ${t.n} gold mentions, ${t.found} in an entity (${pct(t.found, t.n)}%), ${t.right} with the gold speaker's name (${pct(t.right, t.n)}%)`,
  );
}
if (process.env.SHOW_MISSES) for (const m of misses) console.log(m);
