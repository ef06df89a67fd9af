// Copy statuses stamped with arrivals (issue 5): ingest neither looks up nor forgets statuses; a read checks a
// stored status against the prints that arrived after its stamp and computes it again only when one of them could
// change it. The answers are those computed afresh, whatever the order of arrivals and reads, in memory, SQLite
// and PostgreSQL; a store whose statuses predate the stamps keeps them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { computeProvenance } from '../src/corpus/compute-provenance.js';
import { Corpus } from '../src/corpus/corpus.js';
import { MemoryPrintIndex, type WritablePrintIndex } from '../src/corpus/print-index.js';
import { PostgresCorpusBackend } from '../src/store/postgres/corpus-tables.js';
import { SqliteCorpusBackend } from '../src/store/sqlite/corpus-tables.js';
import { buildFixtureCorpus, type FixtureArticle } from './corpus-fixtures.js';
import { revertToOldLayout } from './corpus-old-layout.js';
import { findTestPostgres } from './store-conformance-postgres.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The fixture pages and a second copy of the exact copy, published later. */
function pages(): FixtureArticle[] {
  const { articles } = buildFixtureCorpus();
  const copy = articles.find((a) => a.id === 'exact-copy')!;
  return [...articles, { ...copy, id: 'second-copy', date: '2031-03-13', source: 'Echo Wire' }];
}

/** A corpus whose copy-status computations are counted. */
function counted(prints: WritablePrintIndex) {
  const corpus = new Corpus(prints);
  const computed: string[] = [];
  const compute = corpus.computeCopyOf.bind(corpus);
  corpus.computeCopyOf = async (id: string) => {
    computed.push(id);
    return compute(id);
  };
  let lookups = 0;
  const bands = prints.lookupBands.bind(prints);
  prints.lookupBands = async (keys) => {
    lookups++;
    return bands(keys);
  };
  return { corpus, computed, lookups: () => lookups };
}

const fresh = async (prints: WritablePrintIndex, ids: string[]) =>
  new Map(
    await Promise.all(
      ids.map(async (id) => [id, (await computeProvenance(prints, id))?.copyOf ?? null] as const),
    ),
  );

/** Both ways of checking a status: against the arrivals held in memory, and (without them) by index lookups. */
async function exercise(open: () => Promise<WritablePrintIndex>) {
  await exerciseOne(open);
  await exerciseOne(async () => {
    const prints = await open();
    return Object.assign(prints, { printsArrivedAfter: async () => null });
  });
}

async function exerciseOne(open: () => Promise<WritablePrintIndex>) {
  // a late, earlier original: the copies' statuses read before it arrives change after it
  {
    const prints = await open();
    const { corpus, computed, lookups } = counted(prints);
    const byId = new Map(pages().map((a) => [a.id, a]));
    await corpus.addArticle(byId.get('exact-copy')!, []);
    await corpus.addArticle(byId.get('second-copy')!, []);
    const ids = ['exact-copy', 'second-copy'];
    assert.deepEqual(
      [...(await corpus.copyOfMap(ids))],
      [
        ['exact-copy', null],
        ['second-copy', 'exact-copy'],
      ],
    );
    assert.deepEqual(computed.splice(0), ids);
    const before = lookups();
    await corpus.addArticle(byId.get('src-1')!, []);
    assert.equal(lookups(), before, 'ingest looks nothing up for statuses');
    assert.deepEqual(
      [...(await corpus.copyOfMap(ids))],
      [
        ['exact-copy', 'src-1'],
        ['second-copy', 'src-1'],
      ],
    );
    assert.deepEqual(computed.splice(0), ids);
    // an unrelated page arrives: the statuses are checked, kept and not computed again
    await corpus.addArticle(byId.get('src-0')!, []);
    assert.deepEqual(
      [...(await corpus.copyOfMap(ids))].map(([, c]) => c),
      ['src-1', 'src-1'],
    );
    assert.deepEqual(computed, []);
    // stamped again when checked: a second read checks nothing
    const checked = lookups();
    await corpus.copyOfMap(ids);
    assert.equal(lookups(), checked);
    assert.deepEqual(computed, []);
  }
  // random orders, every status read after every arrival: always the answer computed afresh
  for (const seed of [1, 2, 3]) {
    const prints = await open();
    const corpus = new Corpus(prints);
    const r = rng(seed);
    const list = pages()
      .map((a) => ({ a, k: r() }))
      .sort((x, y) => x.k - y.k)
      .map((x) => x.a);
    const seen: string[] = [];
    for (const a of list) {
      await corpus.addArticle(a, []);
      seen.push(a.id);
      const got = await corpus.copyOfMap(seen.filter(() => r() < 0.7));
      const want = await fresh(prints, [...got.keys()]);
      assert.deepEqual(got, want, `seed ${seed} after ${a.id}`);
    }
    const all = await corpus.copyOfMap(seen);
    assert.deepEqual(all, await fresh(prints, seen), `seed ${seed}`);
    assert.equal(all.get('exact-copy'), 'src-1');
    assert.equal(all.get('second-copy'), 'src-1');
    assert.equal(all.get('src-1'), null);
  }
}

test('stamped copy statuses, in memory', async () => {
  await exercise(async () => new MemoryPrintIndex());
});

test('stamped copy statuses, SQLite', async () => {
  const dbs: Database.Database[] = [];
  await exercise(async () => {
    const db = new Database(':memory:');
    dbs.push(db);
    return new SqliteCorpusBackend(db).prints;
  });
  for (const db of dbs) db.close();
});

test('SQLite: statuses stored before the stamps are kept, and checked against later arrivals', async () => {
  const db = new Database(':memory:');
  let backend = new SqliteCorpusBackend(db);
  const byId = new Map(pages().map((a) => [a.id, a]));
  let corpus = new Corpus(backend.prints);
  for (const id of ['src-1', 'exact-copy']) await corpus.addArticle(byId.get(id)!, []);
  await corpus.copyOfMap(['src-1', 'exact-copy']);
  // the store as the code before the stamps left it
  revertToOldLayout(db);
  db.exec(`
    DROP INDEX corpus_prints_seq;
    ALTER TABLE corpus_prints DROP COLUMN seq;
    ALTER TABLE corpus_prints DROP COLUMN copy_seq;
    DROP TABLE corpus_arrivals;
    DELETE FROM schema_migrations WHERE id = 'corpus-007-arrival-stamps';
  `);
  backend = new SqliteCorpusBackend(db);
  assert.deepEqual(await backend.getCopyStatus('exact-copy'), { copyOf: 'src-1', stamp: 0 });
  assert.equal(await backend.printStamp(), 0);
  const c = counted(backend.prints);
  corpus = c.corpus;
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), 'src-1');
  assert.deepEqual(c.computed, [], 'kept without a check: nothing arrived since');
  await corpus.addArticle(byId.get('second-copy')!, []);
  await corpus.addArticle(byId.get('src-0')!, []);
  assert.equal(await backend.printStamp(), 2);
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), 'src-1');
  assert.deepEqual(c.computed, ['exact-copy'], 'a copy of the story arrived since: computed again');
  assert.deepEqual(await backend.getCopyStatus('exact-copy'), { copyOf: 'src-1', stamp: 2 });
  db.close();
});

test('a replaced print: the statuses it could have changed are forgotten', async () => {
  const prints = new MemoryPrintIndex();
  const corpus = new Corpus(prints);
  const byId = new Map(pages().map((a) => [a.id, a]));
  for (const id of ['src-1', 'exact-copy']) await corpus.addArticle(byId.get(id)!, []);
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), 'src-1');
  // src-1 now carries other text: nothing that arrives shares a key with exact-copy, but its status changed
  await corpus.addArticle({ ...byId.get('src-0')!, id: 'src-1' }, []);
  assert.equal((await corpus.copyOfMap(['exact-copy'])).get('exact-copy'), null);
});

test('stamped copy statuses, PostgreSQL', async (t) => {
  const found = await findTestPostgres();
  if ('skip' in found) return t.skip(found.skip);
  const admin = new pg.Pool({ connectionString: found.url, max: 1 });
  const pools: pg.Pool[] = [];
  const schemas: string[] = [];
  try {
    await exercise(async () => {
      const schema = `corpus_stamps_${process.pid}_${schemas.length}`;
      schemas.push(schema);
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      const pool = new pg.Pool({ connectionString: found.url, options: `-c search_path=${schema}`, max: 2 });
      pools.push(pool);
      return (await PostgresCorpusBackend.open(pool)).prints;
    });
  } finally {
    for (const p of pools) await p.end();
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  }
});
