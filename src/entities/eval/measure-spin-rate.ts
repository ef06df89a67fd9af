// How often ordinary news is flagged as spun (a false-positive rate for the spin signature), and the seed's verdict.
// Run: npx tsc -p tsconfig.json && node dist/src/entities/eval/measure-spin-rate.js ../shared [polnear,open-news,bbc]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';
import { readCorpora } from './read-corpora.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const shared = process.argv[2] ?? '../shared';
const only = (process.argv[3] ?? 'polnear,open-news,bbc').split(',');

function layerOf(id: string, text: string) {
  const doc = normalizeArticle({ id, date: null, text });
  return findEntities(doc, NO_SEGMENTS);
}

const seedRaw = readFileSync(join(shared, 'seed/000_17fb62d9254b7d6d.txt'), 'utf8');
const seedText = seedRaw.replace(/^\s*date \d{4}-\d{2}-\d{2} /, '');
const seed = layerOf('seed', seedText);
function tally(spin: { text: string }[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const s of spin) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  return [...counts];
}
console.log(
  `seed: spinScore ${seed.spinScore}, spun ${seed.spun}, substitutions ${JSON.stringify(tally(seed.spin))}`,
);

const stats: Record<
  string,
  { articles: number; withSpin: number; spun: number; forms: Record<string, number> }
> = {};
for (const doc of readCorpora(join(shared, 'datasets'), only)) {
  const s = stats[doc.corpus] ?? { articles: 0, withSpin: 0, spun: 0, forms: {} };
  stats[doc.corpus] = s;
  const layer = layerOf(doc.id, doc.text);
  s.articles += 1;
  if (layer.spin.length) s.withSpin += 1;
  if (layer.spun) s.spun += 1;
  for (const x of layer.spin) s.forms[x.text] = (s.forms[x.text] ?? 0) + 1;
}
for (const [corpus, s] of Object.entries(stats)) {
  const top = Object.entries(s.forms)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 8);
  console.log(
    `${corpus}: ${s.articles} articles, ${s.withSpin} with a substitution, ${s.spun} spun (${((100 * s.spun) / s.articles).toFixed(2)}%); forms ${JSON.stringify(top)}`,
  );
}
