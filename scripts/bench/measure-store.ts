// Store benchmarks: write rate, end-to-end ingest (pool + writes), size on disk, query latency.
import { statSync } from 'node:fs';
import pg from 'pg';
import { createAnalysisPool } from '../../src/pool/analysis-pool.js';
import { type AnalyzeOutcome, outcomePrint, type PrepareOutcome } from '../../src/pool/analyze-safely.js';
import { type HeldArticle, openCorpusBackend, syncCorpus } from '../../src/store/corpus-backend.js';
import { isPrepared, type PreparedArticle } from '../../src/store/prepare-article.js';
import { deserializeArticle } from '../../src/store/serialize-analysis.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import type { Article } from '../../src/types.js';
import { seededRandom } from './load-corpus.js';
import { chunk, warmUp } from './measure-workers.js';

export interface RateRun {
  articles: number;
  ms: number;
  articlesPerSecond: number;
  errors: number;
}

const rate = (articles: number, ms: number, errors = 0): RateRun => ({
  articles,
  ms,
  articlesPerSecond: (articles / ms) * 1000,
  errors,
});

/** Writes already analyzed articles in batches; analysis is not timed. */
export async function measureWrites(store: Store, items: StoredArticle[], batchSize = 100): Promise<RateRun> {
  const t0 = performance.now();
  for (const batch of chunk(items, batchSize)) await store.putArticles(batch);
  return rate(items.length, performance.now() - t0);
}

/**
 * What `onrecord ingest` does: analysis (and fingerprinting) on `workers` threads, batches written in submission
 * order while later batches are analyzed (up to two batches per worker in flight), each stored batch then indexed
 * in the corpus layer (`syncCorpus`: prints, quote clusters). A store that takes prepared writes (SQLite) gets them
 * from the analysis threads, as `ingest` does. `onBatch` sees every stored batch, after the clock stops.
 */
export async function ingestArticles(
  store: Store,
  articles: Article[],
  workers: number,
  batchSize = 50,
  onBatch?: (items: StoredArticle[]) => void,
): Promise<RateRun> {
  const pool = createAnalysisPool({ workers, prints: true });
  store.expectBulkWrites?.();
  const prepare = store.putPrepared !== undefined;
  const analyze = (batch: Article[]): Promise<Array<AnalyzeOutcome | PrepareOutcome>> =>
    prepare ? pool.prepare(batch) : pool.analyze(batch);
  try {
    await warmUp(pool, articles);
    const corpus = await openCorpusBackend(store);
    const t0 = performance.now();
    const batches = chunk(articles, batchSize);
    const inFlight = Math.max(2, workers * 2);
    const pending: Array<ReturnType<typeof analyze>> = [];
    const stored: Array<Array<StoredArticle | PreparedArticle>> = [];
    let next = 0;
    let errors = 0;
    while (next < batches.length && pending.length < inFlight) pending.push(analyze(batches[next++] ?? []));
    for (let i = 0; i < batches.length; i++) {
      const outcomes = await (pending.shift() as ReturnType<typeof analyze>);
      if (next < batches.length) pending.push(analyze(batches[next++] ?? []));
      const batch = batches[i] ?? [];
      const items: Array<StoredArticle | PreparedArticle> = [];
      const held = new Map<string, HeldArticle>();
      outcomes.forEach((o, j) => {
        const article = batch[j];
        if ('error' in o || !article) errors++;
        else {
          const spin = 'write' in o ? o.write.spin : o.analysis.spin;
          items.push('write' in o ? { article, ...o.write } : { article, analysis: o.analysis });
          held.set(article.id, { article, spin, ...outcomePrint(o) });
        }
      });
      const prepared = items.filter(isPrepared);
      if (store.putPrepared && prepared.length) await store.putPrepared(prepared);
      else await store.putArticles(items.filter((x): x is StoredArticle => !isPrepared(x)));
      const sync = await syncCorpus(store, corpus, [...held.keys()], held);
      errors += sync.errors.length;
      if (onBatch) stored.push(items);
    }
    const run = rate(articles.length, performance.now() - t0, errors);
    for (const items of stored)
      onBatch?.(items.map((x) => (isPrepared(x) ? deserializeArticle(x.article.text, x.analysisJson) : x)));
    return run;
  } finally {
    await pool.close();
  }
}

/** Bytes of an SQLite store: the database file and its WAL. */
export function sqliteBytes(file: string): number {
  let n = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      n += statSync(f).size;
    } catch {
      // no WAL
    }
  }
  return n;
}

/** Bytes of every table of a PostgreSQL schema, with indexes and TOAST. */
export async function postgresBytes(url: string, schema: string): Promise<number> {
  const u = new URL(url);
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string | null }>(
      `SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'm', 'p')`,
      [schema],
    );
    return Number(rows[0]?.bytes ?? 0);
  } finally {
    await client.end();
  }
}

/** Drops a PostgreSQL schema (the benchmark's own) if it exists. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^onrecord_bench\w*$/.test(schema)) throw new Error(`refusing to drop schema '${schema}'`);
  const u = new URL(url);
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Search terms drawn (seeded) from words of stored quote contents: single words and word pairs. */
export function pickSearchTerms(contents: string[], n: number, seed = 7): string[] {
  const words = [...new Set(contents.flatMap((c) => c.toLowerCase().match(/\p{L}{5,}/gu) ?? []))].sort();
  const random = seededRandom(seed);
  const pick = () => words[Math.floor(random() * words.length)] ?? 'said';
  return Array.from({ length: n }, (_, i) => (i % 4 === 3 ? `${pick()} ${pick()}` : pick()));
}

export interface Latency {
  queries: number;
  /** Queries whose answer was not empty (a benchmark of empty answers would measure little). */
  hits: number;
  ms: number[];
}

/** Runs each query once after `warmup` untimed ones; returns every timed latency and how many found something. */
export async function timeQueries<T, R>(
  inputs: T[],
  run: (input: T) => Promise<R>,
  hit: (result: R) => boolean,
  warmup = 10,
): Promise<Latency> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const ms: number[] = [];
  let hits = 0;
  for (const input of inputs) {
    const t0 = performance.now();
    const result = await run(input);
    ms.push(performance.now() - t0);
    if (hit(result)) hits++;
  }
  return { queries: inputs.length, hits, ms };
}
