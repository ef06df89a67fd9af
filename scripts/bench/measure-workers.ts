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

/** All batches submitted at once (the pool queues them); timed from submission to the last result. */
export async function measurePool(articles: Article[], workers: number, batchSize = 25): Promise<PoolRun> {
  const pool = createAnalysisPool({ workers });
  try {
    await warmUp(pool, articles);
    const t0 = performance.now();
    const results = await Promise.all(chunk(articles, batchSize).map((b) => pool.analyze(b)));
    const ms = performance.now() - t0;
    const errors = results.flat().filter((o) => 'error' in o).length;
    return {
      workers,
      articles: articles.length,
      ms,
      articlesPerSecond: (articles.length / ms) * 1000,
      errors,
    };
  } finally {
    await pool.close();
  }
}
