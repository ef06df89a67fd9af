// The SQLite and PostgreSQL corpus tables under incremental clustering: random arrival order, batches, articles
// re-indexed with other quotes; cluster ids equal whole-block clustering, and no index row outlives what made it.
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

const LINES: Array<[string, string]> = [
  ['Mara Quill', 'Storms can come from anywhere. They can come from the north, even from the sea.'],
  ['Mara Quill', 'Storms can come from anywhere'],
  ['Quill', 'Storms can come from everywhere'],
  ['Mara Quill', 'They can come from the north, even from the sea, as we say, on to the harbour wall.'],
  ['Mara Quill', 'The ferry terminal will close in December.'],
  ['Mara Quill', 'The ferry terminal will shut in December.'],
  ['Tomas Brell', 'We will rebuild the pier before winter, whatever the council decides.'],
  ['Brell', 'we will rebuild the pier before winter'],
  ['Ines Varo', 'The comet will rise before dawn on the fourth day.'],
  ['Ines Varo', 'A comet will rise before dawn'],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function article(r: () => number, id: string, version: number) {
  const day = 1 + Math.floor(r() * 5);
  const time = `2031-05-0${day}T0${Math.floor(r() * 9)}:00:00Z`;
  const quotes: QuoteReport[] = Array.from({ length: 1 + Math.floor(r() * 2) }, (_, k) => {
    const [speaker, content] = LINES[Math.floor(r() * LINES.length)]!;
    return {
      quoteId: `${id}:${k}:${version}:direct`,
      article: id,
      outlet: id,
      time,
      speaker,
      speakerId: null,
      content,
      type: 'direct',
    };
  });
  const text = `Version ${version} of ${id}. ${quotes.map((q) => `"${q.content}," ${q.speaker} said.`).join(' ')} The council met on the quay to hear the plans for the winter season.`;
  return { article: { id, published: time, text }, quotes };
}

async function exercise(prints: WritablePrintIndex, reports: ReportIndex, clusters: ClusterIndex) {
  const corpus = new Corpus(prints, reports, clusters);
  const r = rng(42);
  const ids = new Map<string, string>();
  for (let round = 0; round < 8; round++) {
    for (let k = 0; k < 5; k++) {
      // a new article, or (one in four) a stored one again with other quotes
      const n = round > 1 && r() < 0.25 ? Math.floor(r() * round * 5) : round * 5 + k;
      const a = article(r, `a${n}`, round);
      for (const q of [...ids.keys()]) if (q.startsWith(`a${n}:`)) ids.delete(q);
      await corpus.addArticle(a.article, a.quotes);
    }
    const got = await corpus.assignClusterIds();
    if (got.relabel.size) for (const [q, c] of ids) ids.set(q, got.relabel.get(c) ?? c);
    for (const [q, c] of got.byQuote) ids.set(q, c);
    const whole = await corpus.clusterIds(await reports.speakerKeys());
    assert.deepEqual([...ids].sort(), [...whole].sort(), `round ${round}`);
  }
}

test('SQLite corpus tables: incremental clusters, re-indexing leaves no stale rows', async () => {
  const db = new Database(':memory:');
  const backend = new SqliteCorpusBackend(db);
  await exercise(backend.prints, backend.reports, backend.clusters);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const prints = db.prepare('SELECT print FROM corpus_prints').all() as Array<{ print: string }>;
  const fps = prints.reduce(
    (n, p) =>
      n +
      (JSON.parse(p.print) as { sentences: Array<{ fps: number[]; index: number }> }).sentences.reduce(
        (m, s) => m + s.fps.length,
        0,
      ),
    0,
  );
  assert.ok(fps > 0);
  // one document number per stored print, and none left behind by a removed or replaced one
  assert.equal(count('SELECT count(*) AS n FROM corpus_docs'), prints.length);
  assert.equal(
    count('SELECT count(*) AS n FROM corpus_docs WHERE n NOT IN (SELECT doc FROM corpus_prints)'),
    0,
  );
  assert.equal(
    count(
      'SELECT count(*) AS n FROM corpus_variant_keys WHERE variant_key NOT IN (SELECT variant_key FROM corpus_variants)',
    ),
    0,
  );
  assert.equal(
    count(
      'SELECT count(*) AS n FROM corpus_variant_grams WHERE variant_key NOT IN (SELECT variant_key FROM corpus_variants)',
    ),
    0,
  );
  db.close();
});

test('PostgreSQL corpus tables: incremental clusters, re-indexing leaves no stale rows', async (t) => {
  const found = await findTestPostgres();
  if ('skip' in found) return t.skip(found.skip);
  const schema = `corpus_incr_${process.pid}`;
  const admin = new pg.Pool({ connectionString: found.url, max: 1 });
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const pool = new pg.Pool({ connectionString: found.url, options: `-c search_path=${schema}`, max: 4 });
  try {
    const backend = await PostgresCorpusBackend.open(pool);
    await exercise(backend.prints, backend.reports, backend.clusters);
    const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]?.n);
    assert.equal(
      await count(
        'SELECT count(*) AS n FROM corpus_variant_keys WHERE variant_key NOT IN (SELECT variant_key FROM corpus_variants)',
      ),
      0,
    );
    assert.equal(
      await count(
        'SELECT count(*) AS n FROM corpus_variant_grams WHERE variant_key NOT IN (SELECT variant_key FROM corpus_variants)',
      ),
      0,
    );
    assert.equal(
      await count(
        'SELECT count(*) AS n FROM corpus_postings WHERE article_id NOT IN (SELECT article_id FROM corpus_prints)',
      ),
      0,
    );
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
});
