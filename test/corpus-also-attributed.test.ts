// "Also attributed to": the store backends keep text keys per variant (not per report) and give the in-memory
// index's answers, after re-indexing, and in a store whose keys were kept per report before (migrated at open).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { ClusterIndex } from '../src/corpus/cluster-index.js';
import type { QuoteReport } from '../src/corpus/cluster-types.js';
import { Corpus } from '../src/corpus/corpus.js';
import type { WritablePrintIndex } from '../src/corpus/print-index.js';
import type { ReportIndex } from '../src/corpus/report-index.js';
import { PostgresCorpusBackend } from '../src/store/postgres/corpus-tables.js';
import { SqliteCorpusBackend } from '../src/store/sqlite/corpus-tables.js';
import { findTestPostgres } from './store-conformance-postgres.js';

// [outlet, time, speaker, words]: one line told by three speakers, a six-word run shared, a repeat by many outlets
const LINES: Array<[string, string, string, string]> = [
  ['herald', '2031-05-02T09:00:00Z', 'Mara Quill', 'Storms can come from anywhere, at any hour.'],
  ['courier', '2031-05-02T08:15:00Z', 'Mara Quill', 'Storms can come from anywhere, at any hour.'],
  ['gazette', '2031-05-02T10:00:00Z', 'Mara Quill', 'Storms can come from anywhere, at any hour.'],
  ['bulletin', '2031-05-04T10:00:00Z', 'Tomas Brell', 'Storms can come from anywhere, at any hour.'],
  [
    'post',
    '2031-05-05T07:00:00Z',
    'Ines Marr',
    'We said storms can come from anywhere, at any hour, and they did.',
  ],
  ['post', '2031-05-05T07:00:00Z', 'Ines Marr', 'The ferry terminal will close in December.'],
  ['ledger', '2031-05-06T07:00:00Z', 'Oskar Venn', 'The ferry terminal will close in December.'],
  ['ledger', '2031-05-06T07:00:00Z', 'Oskar Venn', 'Nothing was said about the bridge.'],
];

const articleOf = (i: number, line = LINES[i]!) => {
  const [outlet, time, speaker, content] = line;
  const report: QuoteReport = {
    quoteId: `${outlet}-${i}:0:direct`,
    article: `${outlet}-${i}`,
    outlet,
    time,
    speaker,
    speakerId: null,
    content,
    type: 'direct',
  };
  return {
    article: { id: `${outlet}-${i}`, published: time, text: `Article ${i} from the ${outlet}.` },
    report,
  };
};

async function alsoAttributed(corpus: Corpus) {
  const out: Array<[string, Array<{ clusterId: string; speaker: string }>]> = [];
  for (const c of await corpus.clusters())
    out.push([c.id, (await corpus.cluster(c.id))?.alsoAttributedTo ?? []]);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

async function fill(corpus: Corpus, lines = LINES) {
  for (let i = 0; i < lines.length; i++) {
    const { article, report } = articleOf(i, lines[i]);
    await corpus.addArticle(article, [report]);
  }
  await corpus.assignClusterIds();
}

/** The in-memory answers before and after one article is re-indexed with other words. */
async function expected() {
  const memory = new Corpus();
  await fill(memory);
  const before = await alsoAttributed(memory);
  const changed = LINES.map((l, i): [string, string, string, string] =>
    i === 3 ? [l[0], l[1], l[2], 'The harbour wall held all night.'] : l,
  );
  const { article, report } = articleOf(3, changed[3]);
  await memory.addArticle(article, [report]);
  await memory.assignClusterIds();
  return { before, after: await alsoAttributed(memory), article, report };
}

async function exercise(prints: WritablePrintIndex, reports: ReportIndex, clusters: ClusterIndex) {
  const want = await expected();
  assert.ok(want.before.some(([, also]) => also.length > 0));
  assert.ok(want.before.some(([, also]) => also.length > 1));
  const corpus = new Corpus(prints, reports, clusters);
  await fill(corpus);
  assert.deepEqual(await alsoAttributed(corpus), want.before);
  await corpus.addArticle(want.article, [want.report]);
  await corpus.assignClusterIds();
  assert.deepEqual(await alsoAttributed(corpus), want.after);
  // a reader over the same tables, without the writer's cluster index (as the server's)
  assert.deepEqual(await alsoAttributed(new Corpus(prints, reports)), want.after);
  return want;
}

test('SQLite: also attributed to, from text keys kept per variant', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  const want = await exercise(backend.prints, backend.reports, backend.clusters);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  // one key set per variant: Quill's three reports of the same words wrote theirs once
  assert.equal(
    count('SELECT count(DISTINCT variant_key) AS n FROM corpus_variant_keys'),
    count('SELECT count(*) AS n FROM corpus_variants'),
  );
  // a store whose keys were kept per report: the keys are made again from its variants when it is opened
  db.exec(`DELETE FROM corpus_variant_keys; DROP TABLE corpus_variant_keys;
    DELETE FROM schema_migrations WHERE id = 'corpus-005-variant-text-keys';
    CREATE TABLE corpus_report_keys (key INTEGER NOT NULL, quote_id TEXT NOT NULL, PRIMARY KEY (key, quote_id)) WITHOUT ROWID;`);
  const reopened = new SqliteCorpusBackend(db);
  assert.deepEqual(await alsoAttributed(new Corpus(reopened.prints, reopened.reports)), want.after);
  assert.equal(count("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'corpus_report_keys'"), 0);
  db.close();
});

test('PostgreSQL: also attributed to, from text keys kept per variant', async (t) => {
  const found = await findTestPostgres();
  if ('skip' in found) return t.skip(found.skip);
  const schema = `corpus_also_${process.pid}`;
  const admin = new pg.Pool({ connectionString: found.url, max: 1 });
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const pool = new pg.Pool({ connectionString: found.url, options: `-c search_path=${schema}`, max: 4 });
  try {
    const backend = await PostgresCorpusBackend.open(pool);
    const want = await exercise(backend.prints, backend.reports, backend.clusters);
    await pool.query(`DROP TABLE corpus_variant_keys;
      DELETE FROM schema_migrations WHERE id = 'corpus-005-variant-text-keys';
      CREATE TABLE corpus_report_keys (key bigint NOT NULL, quote_id text NOT NULL, PRIMARY KEY (key, quote_id));`);
    const reopened = await PostgresCorpusBackend.open(pool);
    assert.deepEqual(await alsoAttributed(new Corpus(reopened.prints, reopened.reports)), want.after);
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
});
