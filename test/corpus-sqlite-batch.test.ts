// The SQLite corpus step's cheap paths: a batch synced in one transaction without a savepoint per write (rolled
// back and synced again the careful way when an article fails), and no stale-copy lookups at ingest (a stored
// copy status is checked when read). Both must leave the store as the careful, full path does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { analyze } from '../src/analyze.js';
import { Corpus } from '../src/corpus/corpus.js';
import { syncCorpus } from '../src/store/corpus-backend.js';
import { SqliteCorpusBackend } from '../src/store/sqlite/corpus-tables.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { buildFixtureCorpus } from './corpus-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-corpus-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('inBatchTransaction keeps what `keep` accepts and writes nothing otherwise', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  const print = (id: string) => ({
    id,
    textHash: `h-${id}`,
    time: null,
    outlet: null,
    bands: [],
    signature: [],
    sentences: [],
    unusual: [],
  });
  const count = () => (db.prepare('SELECT count(*) AS n FROM corpus_prints').get() as { n: number }).n;
  const put = (id: string) => async () => {
    await backend.putPrint(print(id));
    return id;
  };
  assert.equal(await backend.inBatchTransaction(put('a'), () => false), null);
  assert.equal(count(), 0, 'refused: rolled back');
  const failing = async () => {
    await backend.putPrint(print('b'));
    throw new Error('disk on fire');
  };
  assert.equal(await backend.inBatchTransaction(failing, () => true), null);
  assert.equal(count(), 0, 'failed: rolled back');
  db.exec('BEGIN');
  assert.equal(
    await backend.inBatchTransaction(put('c'), () => true),
    null,
    'not inside an open transaction',
  );
  db.exec('ROLLBACK');
  assert.equal(await backend.inBatchTransaction(put('d'), () => true), 'd');
  assert.equal(count(), 1);
  assert.equal(db.inTransaction, false);
  db.close();
});

test('a batch with a failing article is synced again the careful way: one error, the others indexed', async () => {
  const store = new SqliteStore(join(dir, 'failing.db'));
  await store.init();
  try {
    const articles = buildFixtureCorpus().articles.slice(0, 4);
    await store.putArticles(articles.map((article) => ({ article, analysis: analyze(article) })));
    const backend = new SqliteCorpusBackend(store.db);
    const putPrint = backend.putPrint.bind(backend);
    let calls = 0;
    backend.putPrint = async (print) => {
      calls++;
      if (print.id === 'src-2') throw new Error('no room for src-2');
      return putPrint(print);
    };
    const got = await syncCorpus(store, backend);
    assert.deepEqual(got.errors, ["corpus: article 'src-2': no room for src-2"]);
    assert.equal(got.indexed, 3);
    assert.equal(calls, 8, 'the batch ran twice');
    assert.deepEqual(
      (await backend.staleArticles()).map((s) => s.id),
      ['src-2'],
    );
  } finally {
    await store.close();
  }
});

test('no stale-copy lookups at ingest; a stored status is checked when read again', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  const corpus = new Corpus(backend.prints, backend.reports);
  let lookups = 0;
  const lookup = backend.lookupBands.bind(backend);
  backend.lookupBands = async (keys) => {
    lookups++;
    return lookup(keys);
  };
  const { articles } = buildFixtureCorpus();
  const src = articles.find((a) => a.id === 'src-1')!;
  const copy = articles.find((a) => a.id === 'exact-copy')!;
  await corpus.addArticle(src, []);
  await corpus.addArticle(copy, []);
  assert.equal(lookups, 0);
  assert.equal(await backend.anyCopyKnown(), false);
  // a query reads provenance: the copy status is stored, stamped with the arrivals so far
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), 'src-1');
  assert.deepEqual(await backend.getCopyStatus('exact-copy'), { copyOf: 'src-1', stamp: 2 });
  // another copy of the same story arrives: nothing is looked up or forgotten at ingest
  lookups = 0;
  await corpus.addArticle({ ...copy, id: 'second-copy', date: '2031-03-09' }, []);
  assert.equal(lookups, 0);
  assert.deepEqual(await backend.getCopyStatus('exact-copy'), { copyOf: 'src-1', stamp: 2 });
  // the next read finds the new copy among the arrivals since the stamp, and computes the status again
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), 'src-1');
  assert.ok(lookups > 0);
  assert.deepEqual(await backend.getCopyStatus('exact-copy'), { copyOf: 'src-1', stamp: 3 });
  db.close();
});
