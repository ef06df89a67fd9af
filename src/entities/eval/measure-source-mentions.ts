// Mention detection measured on PolNeAR: how many annotated attribution sources ("Clinton", "the campaign",
// "officials", "he") this stage finds a mention for (any overlap; head-word match reported too).
// Run: npx tsc -p tsconfig.json && node dist/src/entities/eval/measure-source-mentions.js ../shared/datasets/polnear/jsonl/polnear_dev.jsonl
import { readFileSync } from 'node:fs';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

interface Attribution {
  source: { spans: Array<[number, number]>; text: string } | null;
}

type Kind = 'pronoun' | 'name' | 'descriptor';
const kindOf = (s: string): Kind =>
  /^(?:he|she|him|his|her|they|them|it|we|i|you)$/i.test(s.trim())
    ? 'pronoun'
    : /^\p{Lu}/u.test(s) && !/^(?:The|A|An|Some|Many|Other|Two|Three)\s/.test(s)
      ? 'name'
      : 'descriptor';

const tally: Record<Kind, { n: number; overlap: number; sameEnd: number }> = {
  pronoun: { n: 0, overlap: 0, sameEnd: 0 },
  name: { n: 0, overlap: 0, sameEnd: 0 },
  descriptor: { n: 0, overlap: 0, sameEnd: 0 },
};
let docs = 0;
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { doc_id: string; text: string; attributions: Attribution[] };
    docs += 1;
    const doc = normalizeArticle({ id: r.doc_id, date: null, text: r.text });
    const layer = findEntities(doc, NO_SEGMENTS);
    for (const a of r.attributions) {
      const span = a.source?.spans[0];
      if (!a.source || !span || a.source.spans.length !== 1) continue;
      const [start, end] = span;
      const t = tally[kindOf(a.source.text)];
      t.n += 1;
      const hits = layer.mentions.filter((m) => m.start < end && start < m.end);
      if (hits.length) t.overlap += 1;
      // the source's last word (its head, mostly) ends one of our mentions
      const trimmedEnd = start + a.source.text.replace(/[\s.,;:'’s]+$/u, '').length;
      if (hits.some((m) => m.end === trimmedEnd || m.end === end)) t.sameEnd += 1;
    }
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`${docs} documents`);
for (const [kind, t] of Object.entries(tally)) {
  console.log(
    `${kind}: ${t.n} sources, ${pct(t.overlap, t.n)}% overlapped by a mention, ${pct(t.sameEnd, t.n)}% with a mention ending where the source does`,
  );
}
