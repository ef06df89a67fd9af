// Where `onrecord ingest` spends CPU per article: the CLI's ingestArticles() over the bench corpus, several passes
// (fresh ids each pass) into one fresh SQLite store, with each pass's CPU split by thread kind (schedstat, ns):
// the main thread (and, inside it, the store's put and the corpus step), the pool's worker threads, and V8's
// helper threads. CPU per article does not depend on what else the machine runs, wall time does.
//
//   node dist/scripts/bench/measure-workers-ingest.js [--passes 3] [--workers 2] [--batch 100] [--limit 500]
//     [--cold]   start the pool with the clock (model load and thread start counted in the first pass)
//     [--turbo-inlining]   leave V8's TurboFan inlining on (the pool turns it off)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestArticles } from '../../src/cli/commands/ingest.js';
import { createProgress } from '../../src/cli/progress.js';
import type { ReadItem } from '../../src/cli/read-inputs.js';
import { createAnalysisPool } from '../../src/pool/analysis-pool.js';
import { openCorpusBackend } from '../../src/store/corpus-backend.js';
import { openStore } from '../../src/store/open-store.js';
import type { Article } from '../../src/types.js';
import { findSharedDir } from '../eval/shared-dir.js';
import { loadBbc, loadReuters, loadSample } from './load-corpus.js';
import { warmUp } from './measure-workers.js';

/** CPU ns of each thread of this process (schedstat's first field); empty off Linux. */
export function threadCpuNs(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

/** CPU ns of the calling thread. */
export function ownCpuNs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

interface Meter {
  ns: number;
}

/** `fn` with the calling thread's CPU spent inside it (until its promise settles) added to `meter`. */
function metered<A extends unknown[], R>(meter: Meter, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const t0 = ownCpuNs();
    try {
      return await fn(...args);
    } finally {
      meter.ns += ownCpuNs() - t0;
    }
  };
}

async function* asItems(articles: Article[], pass: number): AsyncGenerator<ReadItem> {
  for (const a of articles) yield { article: { ...a, id: `${a.id}#${pass}` }, where: a.id };
}

async function main(args: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const passes = flag('--passes', 3);
  const workers = flag('--workers', 2);
  const batch = flag('--batch', 100);
  const limit = flag('--limit', 500);
  const cold = args.includes('--cold');
  // --turbo-inlining: V8's default compiling, which the pool otherwise turns off (analysis-pool.ts compileLean)
  const turboInlining = args.includes('--turbo-inlining');
  const shared = findSharedDir();
  const articles = [
    ...loadSample(resolve('sample/articles.jsonl')),
    ...(shared ? loadReuters(join(shared, 'datasets', 'reuters21578'), limit) : []),
    ...(shared ? loadBbc(join(shared, 'datasets', 'bbc'), limit) : []),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-cpu-'));
  const existing = new Set(threadCpuNs().keys());
  const mainTid = process.pid;
  let startNs = threadCpuNs();
  let t0 = performance.now();
  const pool = createAnalysisPool({ workers, prints: true, turboInlining });
  const poolTids = new Set([...threadCpuNs().keys()].filter((t) => !existing.has(t)));
  const store = await openStore(join(dir, 'ingest.db'));
  try {
    const beforeBulk = new Set(threadCpuNs().keys());
    store.expectBulkWrites?.();
    // the store's WAL checkpoint thread (counted apart: mostly waiting on the disk, not the pipeline's work)
    const checkpointTids = new Set([...threadCpuNs().keys()].filter((t) => !beforeBulk.has(t)));
    const corpus = await openCorpusBackend(store);
    const put: Meter = { ns: 0 };
    const sync: Meter = { ns: 0 };
    store.putArticles = metered(put, store.putArticles.bind(store));
    const putPrepared = store.putPrepared?.bind(store);
    if (putPrepared) store.putPrepared = metered(put, putPrepared);
    const inBatch = corpus.inBatchTransaction?.bind(corpus);
    if (inBatch) corpus.inBatchTransaction = metered(sync, inBatch) as typeof inBatch;
    if (!cold) {
      await warmUp(pool, articles);
      startNs = threadCpuNs();
      t0 = performance.now();
    }
    process.stdout.write(
      `${articles.length} articles a pass, ${workers} worker(s) (${poolTids.size} threads), batch ${batch}` +
        `${cold ? ', cold start counted' : ''}\n`,
    );
    for (let pass = 0; pass < passes; pass++) {
      put.ns = 0;
      sync.ns = 0;
      const progress = createProgress({ label: 'measure', quiet: true });
      const result = await ingestArticles(asItems(articles, pass), {
        store,
        pool,
        batchSize: batch,
        progress,
        corpus,
      });
      const ms = performance.now() - t0;
      const after = threadCpuNs();
      const cpu = { main: 0, pool: 0, helpers: 0, checkpoint: 0, other: 0 };
      for (const [tid, ns] of after) {
        const spent = (ns - (startNs.get(tid) ?? 0)) / 1e6;
        if (tid === mainTid) cpu.main += spent;
        else if (poolTids.has(tid)) cpu.pool += spent;
        else if (checkpointTids.has(tid)) cpu.checkpoint += spent;
        else if (existing.has(tid)) cpu.helpers += spent;
        else cpu.other += spent;
      }
      const n = result.stored;
      const per = (x: number) => (n ? x / n : 0).toFixed(3);
      const rest = cpu.main - (put.ns + sync.ns) / 1e6;
      process.stdout.write(
        `pass ${pass}: ${n} stored, ${progress.errors} errors, ${((n / ms) * 1000).toFixed(1)} articles/s wall | ` +
          `CPU ms/article: main ${per(cpu.main)} (put ${per(put.ns / 1e6)}, corpus ${per(sync.ns / 1e6)}, ` +
          `rest ${per(rest)}), workers ${per(cpu.pool)}, helpers ${per(cpu.helpers)}, ` +
          `checkpoints ${per(cpu.checkpoint)}${cpu.other ? `, other threads ${per(cpu.other)}` : ''}, ` +
          `total ${per(cpu.main + cpu.pool + cpu.helpers + cpu.checkpoint + cpu.other)}\n`,
      );
      startNs = after;
      t0 = performance.now();
    }
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
