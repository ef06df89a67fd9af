// Throughput of the analysis pool (src/pool) with a given number of worker threads, after a warm-up, and where
// each pass's CPU went (the pool's threads, V8's helper threads, the main thread).
// `node dist/scripts/bench/measure-workers.js [--rounds N] [--warm-passes N] [--limit N]`: 1 and 2 workers
// interleaved on the bench corpus, with that CPU split and the scaling it allows.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AnalysisPool, createAnalysisPool } from '../../src/pool/analysis-pool.js';
import type { Article } from '../../src/types.js';
import { findSharedDir } from '../eval/shared-dir.js';
import { loadBbc, loadReuters, loadSample } from './load-corpus.js';

/** CPU milliseconds a pass took, by thread kind (Linux only: read from /proc/self/task). */
export interface PassCpu {
  /** The pool's worker threads, analyzing (and cloning their results). */
  pool: number;
  /** Every other thread but the main one: V8's background compiler and GC helpers, shared by all isolates. */
  helpers: number;
  /** The main thread: dispatching batches, receiving their results. */
  main: number;
}

export interface PoolRun {
  workers: number;
  articles: number;
  ms: number;
  articlesPerSecond: number;
  errors: number;
  /** null where /proc is not readable */
  cpu: PassCpu | null;
}

/** CPU ms (user + system) of each thread of this process, by thread id; null off Linux. */
export function threadCpuMs(): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended between the listing and the read
      }
      // fields after "(comm) ": state is the 1st, utime the 12th, stime the 13th, in clock ticks (100 per s)
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * 10);
    }
    return out;
  } catch {
    return null;
  }
}

/** What each kind of thread spent between two `threadCpuMs()` readings; `poolTids`: the pool's threads. */
export function splitCpu(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
  poolTids: Set<number>,
): PassCpu | null {
  if (!before || !after) return null;
  const cpu: PassCpu = { pool: 0, helpers: 0, main: 0 };
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0);
    if (tid === process.pid) cpu.main += spent;
    else if (poolTids.has(tid)) cpu.pool += spent;
    else cpu.helpers += spent;
  }
  return cpu;
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
  poolTids: Set<number>,
): Promise<{ ms: number; errors: number; cpu: PassCpu | null }> {
  const before = threadCpuMs();
  const t0 = performance.now();
  const results = await Promise.all(chunk(articles, batchSize).map((b) => pool.analyze(b)));
  const ms = performance.now() - t0;
  const cpu = splitCpu(before, threadCpuMs(), poolTids);
  return { ms, errors: results.flat().filter((o) => 'error' in o).length, cpu };
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
  const existing = new Set(threadCpuMs()?.keys() ?? []);
  const pool = createAnalysisPool({ workers });
  const run = ({ ms, errors, cpu }: { ms: number; errors: number; cpu: PassCpu | null }): PoolRun => ({
    workers,
    articles: articles.length,
    ms,
    articlesPerSecond: (articles.length / ms) * 1000,
    errors,
    cpu,
  });
  try {
    await warmUp(pool, articles);
    // the threads the pool started (nothing else starts threads meanwhile)
    const poolTids = new Set([...(threadCpuMs()?.keys() ?? [])].filter((t) => !existing.has(t)));
    const cold = run(await timePass(pool, articles, batchSize, poolTids));
    // untimed passes until each thread has analyzed about `warmPasses` corpora (the cold pass counts)
    const more = Math.max(0, warmPasses * Math.max(1, workers) - 1);
    for (let i = 0; i < more; i++) await timePass(pool, articles, batchSize, poolTids);
    const warm = run(await timePass(pool, articles, batchSize, poolTids));
    return { cold, warm };
  } finally {
    await pool.close();
  }
}

/**
 * The scaling `two` over `one` that their CPU allows on `cores` otherwise idle cores: each run's wall time is at
 * least its pool threads' CPU per thread (helpers can run beside them) and at least all its CPU spread over the
 * cores. A single pool thread gets its helpers' work done on the idle core for free; two threads do not.
 */
export function scalingBound(one: PoolRun, two: PoolRun, cores: number): number | null {
  const least = (run: PoolRun) => {
    if (!run.cpu || run.workers < 1) return null;
    const { pool, helpers, main } = run.cpu;
    return Math.max(pool / run.workers, (pool + helpers + main) / cores) / run.articles;
  };
  const a = least(one);
  const b = least(two);
  return a !== null && b ? a / b : null;
}

function describe(label: string, run: PoolRun): string {
  const c = run.cpu;
  const per = (ms: number) => (ms / run.articles).toFixed(2);
  const cpu = c
    ? ` | CPU ms/article: pool ${per(c.pool)}, helpers ${per(c.helpers)}, main ${per(c.main)}; ` +
      `${((c.pool + c.helpers + c.main) / run.ms).toFixed(2)} cores busy`
    : '';
  return `${label} ${run.articlesPerSecond.toFixed(1)} articles/s${cpu}`;
}

async function main(args: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const rounds = flag('--rounds', 1);
  const warmPasses = flag('--warm-passes', 2);
  const limit = flag('--limit', 500);
  const shared = findSharedDir();
  const articles = [
    ...loadSample(resolve('sample/articles.jsonl')),
    ...(shared ? loadReuters(join(shared, 'datasets', 'reuters21578'), limit) : []),
    ...(shared ? loadBbc(join(shared, 'datasets', 'bbc'), limit) : []),
  ];
  const cores = availableParallelism();
  for (let round = 0; round < rounds; round++) {
    const runs: PoolPasses[] = [];
    for (const workers of [1, 2]) {
      const load = loadavg()[0]?.toFixed(2);
      const passes = await measurePool(articles, workers, 25, warmPasses);
      runs.push(passes);
      process.stdout.write(
        `round ${round}, ${workers} worker(s), ${articles.length} articles, load ${load}\n` +
          `  ${describe('cold', passes.cold)}\n  ${describe('warm', passes.warm)}\n`,
      );
    }
    const [one, two] = runs as [PoolPasses, PoolPasses];
    const ratio = (a: PoolRun, b: PoolRun) => (b.articlesPerSecond / a.articlesPerSecond).toFixed(3);
    const bound = (a: PoolRun, b: PoolRun) => scalingBound(a, b, cores)?.toFixed(2) ?? 'n/a';
    process.stdout.write(
      `  scaling cold ${ratio(one.cold, two.cold)} (CPU allows ${bound(one.cold, two.cold)}), ` +
        `warm ${ratio(one.warm, two.warm)} (CPU allows ${bound(one.warm, two.warm)}) on ${cores} cores\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
