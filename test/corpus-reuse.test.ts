import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../src/corpus/corpus.js';
import { toProvenanceJson } from '../src/corpus/index.js';
import { buildFixtureCorpus } from './corpus-fixtures.js';

async function flagsAfter(order: number[]) {
  const { articles } = buildFixtureCorpus();
  const corpus = new Corpus();
  for (const i of order) await corpus.addArticle(articles[i]!, []);
  const out: Record<string, unknown> = {};
  for (const a of articles) out[a.id] = toProvenanceJson((await corpus.provenance(a.id))!);
  return out;
}

test('copy, stitched and spun flags on an invented corpus', async () => {
  const { articles, expected } = buildFixtureCorpus();
  const corpus = new Corpus();
  for (const a of articles) await corpus.addArticle(a, []);
  for (const a of articles) {
    const p = (await corpus.provenance(a.id))!;
    const want = expected[a.id]!;
    assert.deepEqual({ copy: p.copyOf !== null, stitched: p.stitched, spun: p.spun }, want, a.id);
  }
  const copy = (await corpus.provenance('exact-copy'))!;
  assert.equal(copy.copyOf, 'src-1');
  const spun = (await corpus.provenance('spun-stitched'))!;
  assert.deepEqual(spun.sources.map((s) => s.article).sort(), ['src-1', 'src-2']);
  assert.deepEqual([...new Set(spun.substitutions.map((s) => `${s.text} ← ${s.usual}`))].sort(), [
    'North Atlantic Treaty Organisation ← NATO',
    'the Russian Federation ← Russia',
  ]);
  const stitched = (await corpus.provenance('stitched'))!;
  assert.ok(stitched.reusedShare > 0.7 && stitched.reusedShare < 1, String(stitched.reusedShare));
});

test('provenance does not depend on arrival order', async () => {
  const n = buildFixtureCorpus().articles.length;
  const forward = [...Array(n).keys()];
  const baseline = await flagsAfter(forward);
  const orders = [forward.slice().reverse(), [4, 8, 6, 0, 2, 7, 1, 5, 3], [7, 6, 5, 4, 0, 1, 2, 3, 8]];
  for (const order of orders) assert.deepEqual(await flagsAfter(order), baseline, order.join(','));
});

test('words inside quotation marks do not count as copying', async () => {
  const corpus = new Corpus();
  const quote =
    '“The harbour will stay open for every boat that needs shelter this winter,” Councillor Mara Quill said.';
  await corpus.addArticle(
    { id: 'a', date: '2031-01-01', text: `${quote} The vote is on Friday in the town hall annex.` },
    [],
  );
  await corpus.addArticle(
    { id: 'b', date: '2031-01-02', text: `${quote} Fishermen plan a rally near the lighthouse before then.` },
    [],
  );
  const p = (await corpus.provenance('b'))!;
  assert.equal(p.sentences.length, 0);
  assert.equal(p.copyOf, null);
});

test('on the same date, the page with more partners is the copy, not the source', async () => {
  const { articles } = buildFixtureCorpus();
  const corpus = new Corpus();
  const byId = new Map(articles.map((a) => [a.id, a]));
  // the stitched page and one of its sources share a date; the other source is older
  await corpus.addArticle({ ...byId.get('stitched')!, date: '2031-03-01' }, []);
  await corpus.addArticle({ ...byId.get('src-0')!, date: '2031-03-01' }, []);
  await corpus.addArticle({ ...byId.get('src-3')!, date: '2031-02-20' }, []);
  const stitched = (await corpus.provenance('stitched'))!;
  assert.deepEqual(
    [stitched.stitched, stitched.sources.map((s) => s.article).sort()],
    [true, ['src-0', 'src-3']],
  );
  const source = (await corpus.provenance('src-0'))!;
  assert.deepEqual([source.stitched, source.copyOf, source.sources.length], [false, null, 0]);
});
