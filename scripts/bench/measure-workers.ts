// Throughput of the analysis pool (src/pool) with a given number of worker threads, after a warm-up.
import { type AnalysisPool, createAnalysisPool } from '../../src/pool/analysis-pool.js';
import type { Article } from '../../src/types.js';

export interface PoolRun {
  workers: number;
  articles: number;
  ms: number;
  articlesPerSecond: number;
  errors: number;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Lets every thread load its model before the clock starts: piscina starts its threads at once, but a task
 * can reach a thread that is ready while another is still loading, so wait, then send rounds of small tasks.
 */
export async function warmUp(pool: AnalysisPool, articles: Article[]): Promise<void> {
  if (pool.workers === 0) return;
  await sleep(1500);
  const few = articles.slice(0, Math.min(4, articles.length));
  for (let round = 0; round < 3; round++)
    await Promise.all(Array.from({ length: pool.workers * 2 }, () => pool.analyze(few)));
}

/** One pass of every article through the pool, all batches submitted at once, timed to the last result. */
async function timePass(
  pool: AnalysisPool,
  articles: Article[],
  batchSize: number,
): Promise<{ ms: number; errors: number }> {
  const t0 = performance.now();
  const results = await Promise.all(chunk(articles, batchSize).map((b) => pool.analyze(b)));
  const ms = performance.now() - t0;
  return { ms, errors: results.flat().filter((o) => 'error' in o).length };
}

export interface PoolPasses {
  /** The first pass: what a fresh pool gives, each thread still compiling its hot code. */
  cold: PoolRun;
  /** The last pass, once every thread has analyzed about `warmPasses` corpora untimed. */
  warm: PoolRun;
}

/**
 * A fresh pool's first pass over the articles (cold), then more passes until each thread has seen about
 * `warmPasses` times the corpus, the last one timed again (warm): every thread JIT-compiles the whole
 * pipeline for itself (about 2 s of CPU per thread on the bench corpus), which a 1,040-article pass does
 * not amortize but a long ingest does.
 */
export async function measurePool(
  articles: Article[],
  workers: number,
  batchSize = 25,
  warmPasses = 2,
): Promise<PoolPasses> {
  const pool = createAnalysisPool({ workers });
  const run = ({ ms, errors }: { ms: number; errors: number }): PoolRun => ({
    workers,
    articles: articles.length,
    ms,
    articlesPerSecond: (articles.length / ms) * 1000,
    errors,
  });
  try {
    await warmUp(pool, articles);
    const cold = run(await timePass(pool, articles, batchSize));
    // untimed passes until each thread has analyzed about `warmPasses` corpora (the cold pass counts)
    const more = Math.max(0, warmPasses * Math.max(1, workers) - 1);
    for (let i = 0; i < more; i++) await timePass(pool, articles, batchSize);
    const warm = run(await timePass(pool, articles, batchSize));
    return { cold, warm };
  } finally {
    await pool.close();
  }
}
