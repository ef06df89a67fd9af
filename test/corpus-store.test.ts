import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { getProvenance } from '../src/corpus/index.js';
import { openCorpusBackend, syncCorpus } from '../src/store/corpus-backend.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { buildFixtureCorpus } from './corpus-fixtures.js';
import { findTestPostgres, withSchema } from './store-conformance-postgres.js';

const QUOTE = ' “Storms can come from anywhere at all this winter,” Councillor Mara Quill said.';

async function checkStore(store: Store) {
  const { articles } = buildFixtureCorpus();
  const items = articles.map((a, i) => {
    const article = { ...a, text: i < 3 ? a.text + QUOTE : a.text };
    return { article, analysis: analyze(article) };
  });
  await store.putArticles(items);
  const first = await syncCorpus(store);
  assert.equal(first.indexed, articles.length);
  assert.deepEqual(first.errors, []);
  assert.equal((await syncCorpus(store)).indexed, 0);
  const backend = await openCorpusBackend(store);
  const p = (await getProvenance(backend, 'exact-copy'))!;
  assert.equal(p.copyOf, 'src-1');
  const spun = (await getProvenance(backend, 'spun-stitched'))!;
  assert.deepEqual([spun.stitched, spun.spun], [true, true]);
  const quotes = (await store.queryQuotes({ speaker: 'Quill', limit: 100 })).quotes.filter(
    (q) => q.type === 'direct',
  );
  assert.ok(quotes.length >= 3, `direct quotes found: ${quotes.length}`);
  assert.equal(new Set(quotes.map((q) => q.clusterId)).size, 1);
  assert.match(quotes[0]?.clusterId ?? '', /^cl-[0-9a-f]{16}$/);
}

test('syncCorpus indexes a SQLite store and fills quotes.clusterId', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-corpus-'));
  const store = await openStore(join(dir, 'corpus.db'));
  try {
    await checkStore(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('syncCorpus on PostgreSQL', async (t) => {
  const pg = await findTestPostgres();
  if ('skip' in pg) return t.skip(pg.skip);
  const schema = `corpus_test_${process.pid}`;
  const store = await openStore(withSchema(pg.url, schema));
  try {
    await checkStore(store);
  } finally {
    const { PostgresStore } = await import('../src/store/postgres-store.js');
    if (store instanceof PostgresStore) await store.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await store.close();
  }
});
