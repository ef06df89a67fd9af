// Incremental clustering (each new quote against the variants it can reach) ends in the clusters and ids of
// clustering every speaker block whole, whatever the arrival order, batch size, or a re-indexed article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuoteReport } from '../src/corpus/cluster-types.js';
import { Corpus } from '../src/corpus/corpus.js';

/** Invented statements, their truncations, extensions, swaps and overlaps, by three fictional speakers. */
const LINES: Array<[speaker: string, content: string]> = [
  ['Mara Quill', 'Storms can come from anywhere. They can come from the north, even from the sea.'],
  ['Mara Quill', 'Storms can come from anywhere'],
  ['Quill', 'Storms can come from everywhere'],
  ['Mara Quill', 'They can come from the north, even from the sea, as we say, on to the harbour wall.'],
  ['Mara Quill', 'as we say, on to the harbour wall and the old fish market beyond it'],
  ['Mara Quill', 'The ferry terminal will close in December.'],
  ['Mara Quill', 'The ferry terminal will shut in December.'],
  ['Mara Quill', 'Yes'],
  ['Mara Quill', 'Yes'],
  ['Mara Quill', '...'],
  ['Tomas Brell', 'Storms can come from anywhere'],
  ['Tomas Brell', 'We will rebuild the pier before winter, whatever the council decides.'],
  ['Brell', 'we will rebuild the pier before winter'],
  ['Tomas Brell', 'rebuild the pier before winter, whatever the council decides tomorrow night'],
  ['Ines Varo', 'The comet will rise before dawn on the fourth day.'],
  ['Ines Varo', 'the comet will rise before dawn'],
  ['Ines Varo', 'A comet will rise before dawn'],
  ['Ines Varo', 'Nobody has seen the comet rise before dawn in a century.'],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Articles carrying 1–3 of the lines at random times (some times unknown, some equal). */
function makeArticles(seed: number, count: number) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = `a${String(i).padStart(3, '0')}`;
    const hour = Math.floor(r() * 30);
    const time =
      r() < 0.1
        ? null
        : `2031-05-${String(1 + Math.floor(hour / 24)).padStart(2, '0')}T${String(hour % 24).padStart(2, '0')}:00:00Z`;
    const quotes: QuoteReport[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const [speaker, content] = LINES[Math.floor(r() * LINES.length)]!;
      quotes.push({
        quoteId: `${id}:${k * 100}-${k * 100 + content.length}:direct`,
        article: id,
        outlet: `outlet-${Math.floor(r() * 5)}`,
        time,
        speaker,
        speakerId: null,
        content,
        type: 'direct',
      });
    }
    return { article: { id, date: time?.slice(0, 10) ?? '2031-05-01', text: `Article ${id}.` }, quotes };
  });
}

/** Replays assignments onto a quote → cluster map, as the store's quotes table would take them. */
function apply(map: Map<string, string>, got: Awaited<ReturnType<Corpus['assignClusterIds']>>): void {
  if (got.relabel.size) for (const [q, c] of map) map.set(q, got.relabel.get(c) ?? c);
  for (const [q, c] of got.byQuote) map.set(q, c);
}

async function wholeBlockIds(corpus: Corpus): Promise<Map<string, string>> {
  return corpus.clusterIds(await corpus.reports.speakerKeys());
}

for (const seed of [1, 2, 3, 4, 5]) {
  test(`incremental cluster ids equal whole-block clustering (seed ${seed})`, async () => {
    const articles = makeArticles(seed, 60);
    const r = rng(seed * 7919);
    const order = [...articles].sort(() => r() - 0.5);
    const corpus = new Corpus();
    const ids = new Map<string, string>();
    let i = 0;
    while (i < order.length) {
      const batch = 1 + Math.floor(r() * 6);
      for (const a of order.slice(i, i + batch)) await corpus.addArticle(a.article, a.quotes);
      i += batch;
      apply(ids, await corpus.assignClusterIds());
      assert.deepEqual([...ids].sort(), [...(await wholeBlockIds(corpus))].sort(), `after ${i} articles`);
    }
    const clusters = new Set(ids.values());
    assert.ok(
      clusters.size > 5 && clusters.size < ids.size,
      `${clusters.size} clusters of ${ids.size} quotes`,
    );
  });
}

test('a re-indexed article that drops a linking quote splits its cluster again', async () => {
  const corpus = new Corpus();
  const ids = new Map<string, string>();
  const q = (article: string, content: string, time: string): QuoteReport => ({
    quoteId: `${article}:0-${content.length}:direct`,
    article,
    outlet: article,
    time,
    speaker: 'Tomas Brell',
    speakerId: null,
    content,
    type: 'direct',
  });
  const left = 'We will rebuild the pier before winter';
  const right = 'whatever the council decides about the harbour tax';
  const bridge = 'We will rebuild the pier before winter, whatever the council decides about the harbour tax';
  await corpus.addArticle({ id: 'x', date: '2031-05-01', text: 'x' }, [q('x', left, '2031-05-01')]);
  await corpus.addArticle({ id: 'y', date: '2031-05-02', text: 'y' }, [q('y', right, '2031-05-02')]);
  apply(ids, await corpus.assignClusterIds());
  assert.notEqual(ids.get(`x:0-${left.length}:direct`), ids.get(`y:0-${right.length}:direct`));
  await corpus.addArticle({ id: 'z', date: '2031-05-03', text: 'z' }, [q('z', bridge, '2031-05-03')]);
  apply(ids, await corpus.assignClusterIds());
  assert.equal(ids.get(`x:0-${left.length}:direct`), ids.get(`y:0-${right.length}:direct`), 'merged');
  // z is corrected: the bridging quote goes
  await corpus.addArticle({ id: 'z', date: '2031-05-03', text: 'z, corrected' }, []);
  ids.delete(`z:0-${bridge.length}:direct`);
  apply(ids, await corpus.assignClusterIds());
  assert.notEqual(ids.get(`x:0-${left.length}:direct`), ids.get(`y:0-${right.length}:direct`), 'split again');
  assert.deepEqual([...ids].sort(), [...(await wholeBlockIds(corpus))].sort());
});

test('couldLink never rules out a pair a word-sequence rule links', async () => {
  const { couldLink, couldLinkByCount, toTrigramView } = await import('../src/corpus/could-link.js');
  const { gramKeys, gramStats } = await import('../src/corpus/cluster-index.js');
  const { linkContained } = await import('../src/corpus/rules/link-contained.js');
  const { linkSharedRun } = await import('../src/corpus/rules/link-shared-run.js');
  const { linkSmallEdit } = await import('../src/corpus/rules/link-small-edit.js');
  const r = rng(11);
  const vocab = ['the', 'pier', 'will', 'close', 'a', 'storm', 'we', 'rebuild', 'now'];
  const base = () =>
    Array.from({ length: 3 + Math.floor(r() * 18) }, () => vocab[Math.floor(r() * vocab.length)]!);
  // edits of a base sequence: swaps, drops, inserts, cuts, repeats
  const mutate = (w: string[]) => {
    const out = [...w];
    for (let e = Math.floor(r() * 4); e > 0; e--) {
      const at = Math.floor(r() * (out.length + 1));
      const op = r();
      if (op < 0.3) out.splice(at, 1, vocab[Math.floor(r() * vocab.length)]!);
      else if (op < 0.5) out.splice(at, 1);
      else if (op < 0.7) out.splice(at, 0, vocab[Math.floor(r() * vocab.length)]!);
      else if (op < 0.85) out.splice(0, Math.floor(r() * 3));
      else out.splice(out.length - Math.floor(r() * 3));
    }
    return out;
  };
  let linked = 0;
  let pruned = 0;
  for (let i = 0; i < 20000; i++) {
    const a = base();
    const b = r() < 0.7 ? mutate(a) : base();
    const rule = [linkContained, linkSharedRun, linkSmallEdit].map((f) => f(a, b)).find((x) => x !== null);
    const may = couldLink(toTrigramView(a), toTrigramView(b));
    const ka = gramKeys('name:x', a);
    const kb = new Set(gramKeys('name:x', b));
    const shared = ka.filter((k) => kb.has(k)).length;
    const mayByCount = couldLinkByCount(shared, gramStats(a, ka), gramStats(b, [...kb]));
    if (rule) {
      linked++;
      assert.ok(may, `${rule}: ${a.join(' ')} | ${b.join(' ')}`);
    } else if (!may) pruned++;
    if (may) assert.ok(mayByCount, `by count: ${a.join(' ')} | ${b.join(' ')}`);
  }
  assert.ok(linked > 1000 && pruned > 1000, `linked ${linked}, pruned ${pruned}`);
});
