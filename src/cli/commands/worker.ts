// onrecord worker --db postgres://… : take article batches from the PostgreSQL queue, analyze them on this
// machine's cores and store them. Run any number, on any machines. SIGINT/SIGTERM finish the jobs in hand.
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { createAnalysisPool, defaultWorkers } from '../../pool/analysis-pool.js';
import { openCorpusBackend, type StoreCorpusBackend, syncCorpus } from '../../store/corpus-backend.js';
import { JobQueue, type JobWork } from '../../store/job-queue.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { PostgresStore } from '../../store/postgres-store.js';
import type { Article } from '../../types.js';
import { parseArgs } from '../args.js';

const spec = {
  command: 'worker',
  summary:
    'Take batches from the PostgreSQL work queue, analyze and store them, until stopped (or, with --once, until the queue is empty).',
  flags: {
    db: { type: 'string', help: 'the PostgreSQL store (postgres://…)', value: 'URL' },
    once: { type: 'boolean', help: 'exit once no job is pending (jobs held by others are waited for)' },
    concurrency: {
      type: 'string',
      help: 'jobs in hand at once (default 2)',
      value: 'N',
      schema: z.coerce.number().int().min(1).max(64).default(2),
    },
    workers: {
      type: 'string',
      help: 'analysis worker threads (default: one per core; 0 = none)',
      value: 'N',
      schema: z.coerce.number().int().min(0).max(256).optional(),
    },
    poll: {
      type: 'string',
      help: 'seconds between looks at an empty queue (default 1)',
      value: 'S',
      schema: z.coerce.number().min(0.05).max(3600).default(1),
    },
    quiet: { type: 'boolean', short: 'q', help: 'no line per job (errors still print)' },
  },
  positionals: { max: 0 },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const { db, once, concurrency, workers, poll, quiet } = parsed.flags;
  if (!db || !isPostgresUrl(db)) {
    process.stderr.write('onrecord worker: --db postgres://… is required (the queue lives in PostgreSQL)\n');
    return 2;
  }
  const store = new PostgresStore(db, undefined, concurrency * 2 + 2);
  try {
    await store.init();
  } catch (err) {
    process.stderr.write(`onrecord worker: ${err instanceof Error ? err.message : String(err)}\n`);
    await store.close().catch(() => {});
    return 2;
  }
  let backend: StoreCorpusBackend;
  try {
    backend = await openCorpusBackend(store);
  } catch (err) {
    process.stderr.write(`onrecord worker: corpus: ${err instanceof Error ? err.message : String(err)}\n`);
    await store.close().catch(() => {});
    return 2;
  }
  const queue = new JobQueue(store);
  const pool = createAnalysisPool({ workers: workers ?? defaultWorkers() });
  const me = `${hostname()}:${process.pid}`;
  const log = (line: string) => process.stderr.write(`onrecord worker: ${line}\n`);
  let stopping = false;
  let problems = 0;
  const stop = () => {
    if (!stopping) log('stopping after the jobs in hand');
    stopping = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const work = async (
    articles: Array<{ article: Article; where: string }>,
    skip: Set<string>,
  ): Promise<JobWork> => {
    const todo = articles.filter((a) => !skip.has(a.article.id));
    const outcomes = await pool.analyze(todo.map((a) => a.article));
    const result: JobWork = { items: [], errors: [] };
    for (const [i, { article, where }] of todo.entries()) {
      const outcome = outcomes[i];
      if (outcome && 'analysis' in outcome) result.items.push({ article, analysis: outcome.analysis });
      else
        result.errors.push({
          where,
          message: `article '${article.id}': analysis failed: ${outcome?.error ?? 'no result'}`,
        });
    }
    return result;
  };

  // The corpus step (cluster ids, provenance) runs after the job's commit, one at a time in this process. A
  // worker killed before it leaves the articles stored but not indexed: the next sync of the store (any ingest,
  // serve, or the corpus commands) indexes them, as staleArticles() finds every article not indexed yet.
  let corpusChain: Promise<void> = Promise.resolve();
  const indexCorpus = (job: number, ids: string[]) => {
    if (ids.length === 0) return corpusChain;
    corpusChain = corpusChain.then(async () => {
      try {
        for (const e of (await syncCorpus(store, backend, ids)).errors) {
          problems++;
          log(`job ${job}: ${e}`);
        }
      } catch (err) {
        problems++;
        log(`job ${job}: corpus: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
    return corpusChain;
  };

  const slot = async () => {
    while (!stopping) {
      let taken: Awaited<ReturnType<typeof queue.takeOne>>;
      try {
        taken = await queue.takeOne(me, work);
      } catch (err) {
        // The database went away between jobs: say so, wait, try again (with --once, stop).
        problems++;
        log(err instanceof Error ? err.message : String(err));
        if (once) return;
        await sleep(poll * 1000);
        continue;
      }
      switch (taken.status) {
        case 'empty':
          if (once) return;
          await sleep(poll * 1000);
          break;
        case 'busy': // others hold the pending jobs; with --once, wait: a dying worker's jobs come back
          await sleep(poll * 1000);
          break;
        case 'done':
          await indexCorpus(taken.job, taken.stored);
          for (const e of taken.errors) log(`job ${taken.job}: ${e.where}: ${e.message}`);
          problems += taken.errors.length;
          if (!quiet)
            log(
              `job ${taken.job}: ${taken.put.stored} stored, ${taken.put.unchanged} unchanged, ${taken.errors.length} errors`,
            );
          break;
        case 'given-up':
          problems++;
          log(`job ${taken.job}: given up after ${taken.attempts} attempts`);
          break;
        case 'failed':
          problems++;
          log(`job ${taken.job}: failed, left for another attempt: ${taken.error}`);
          await sleep(Math.min(poll, 1) * 1000);
          break;
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
    if (once && !quiet) {
      const counts = await queue.counts();
      log(`queue: ${counts.pending} pending, ${counts.done} done, ${counts.failed} with errors`);
    }
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
    problems++;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool.close();
    await store.close();
  }
  return problems > 0 ? 1 : 0;
}
