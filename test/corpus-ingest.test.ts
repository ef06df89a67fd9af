// `onrecord ingest` indexes each stored batch in the corpus right after its commit: the result must equal one
// sync of the whole store at the end (cluster ids, copy statuses), whatever the batch size.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestArticles } from '../src/cli/commands/ingest.js';
import { createProgress } from '../src/cli/progress.js';
import type { ReadItem } from '../src/cli/read-inputs.js';
import type { ArticlePrint } from '../src/corpus/fingerprint-article.js';
import { getProvenance, listClusters } from '../src/corpus/index.js';
import { createAnalysisPool } from '../src/pool/analysis-pool.js';
import { openCorpusBackend, syncCorpus } from '../src/store/corpus-backend.js';
import { packPrint } from '../src/store/sqlite/corpus-tables.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { buildFixtureCorpus } from './corpus-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-corpus-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const QUOTE = ' “Storms can come from anywhere at all this winter,” Councillor Mara Quill said.';

function items(): ReadItem[] {
  return buildFixtureCorpus().articles.map((a, i) => ({
    where: `fixture#${i + 1}`,
    article: { ...a, text: i < 3 ? a.text + QUOTE : a.text },
  }));
}

async function* stream(list: ReadItem[]): AsyncGenerator<ReadItem> {
  for (const item of list) yield item;
}

/** Ingests the fixture corpus; `batch` null: no per-batch corpus step, one syncCorpus at the end. */
async function build(file: string, batch: number | null) {
  const store = new SqliteStore(join(dir, file));
  await store.init();
  const pool = createAnalysisPool({ workers: 0 });
  const progress = createProgress({ label: 'test', quiet: true, stream: { write: () => true } });
  try {
    const corpus = await openCorpusBackend(store);
    await ingestArticles(stream(items()), {
      store,
      pool,
      batchSize: batch ?? 100,
      progress,
      ...(batch === null ? {} : { corpus }),
    });
    const late = await syncCorpus(store, corpus);
    const quotes = (await store.queryQuotes({ limit: 1000 })).quotes.map((q) => [q.id, q.clusterId]);
    const ids = items().map((i) => ('article' in i ? i.article.id : ''));
    const copies = await Promise.all(ids.map(async (id) => [id, (await getProvenance(corpus, id))?.copyOf]));
    const clusters = (await listClusters(corpus)).map((c) => [c.id, c.reports.length, c.firstReport]);
    return { late: late.indexed, errors: progress.errors, quotes, copies, clusters };
  } finally {
    await pool.close();
    await store.close();
  }
}

test('per-batch corpus indexing equals one sync at the end', async () => {
  const whole = await build('whole.db', null);
  assert.ok(whole.late > 0, 'the end-of-run sync indexed the articles');
  for (const batch of [1, 3]) {
    const got = await build(`batch-${batch}.db`, batch);
    assert.equal(got.late, 0, `batch ${batch}: every article was indexed during the ingest`);
    assert.equal(got.errors, 0);
    assert.deepEqual(got.quotes, whole.quotes, `batch ${batch}: cluster ids`);
    assert.deepEqual(got.copies, whole.copies, `batch ${batch}: copy statuses`);
    assert.deepEqual(got.clusters, whole.clusters, `batch ${batch}: clusters`);
  }
  assert.ok(whole.copies.some(([id, copy]) => id === 'exact-copy' && copy === 'src-1'));
  assert.ok(whole.quotes.some(([, cluster]) => typeof cluster === 'string'));
});

test('the print an analysis thread packed reaches the SQLite corpus tables with it', async () => {
  const store = new SqliteStore(join(dir, 'packed.db'));
  await store.init();
  const pool = createAnalysisPool({ workers: 0, prints: true });
  const progress = createProgress({ label: 'test', quiet: true, stream: { write: () => true } });
  try {
    const corpus = await openCorpusBackend(store);
    const puts: Array<[ArticlePrint, string | undefined]> = [];
    const putPrint = corpus.prints.putPrint.bind(corpus.prints);
    corpus.prints.putPrint = (print, packed) => {
      puts.push([print, packed]);
      return putPrint(print, packed);
    };
    await ingestArticles(stream(items()), { store, pool, batchSize: 3, progress, corpus });
    assert.equal(progress.errors, 0);
    assert.equal(puts.length, items().length);
    for (const [print, packed] of puts) assert.equal(packed, packPrint(print), print.id);
  } finally {
    await pool.close();
    await store.close();
  }
});
