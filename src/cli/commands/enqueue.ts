// onrecord enqueue FILE… --db postgres://… : put batches of articles on the PostgreSQL work queue for
// `onrecord worker` processes (on this machine or others) to analyze and store.
import { z } from 'zod';
import { type JobPayload, JobQueue } from '../../store/job-queue.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { PostgresStore } from '../../store/postgres-store.js';
import { parseArgs } from '../args.js';
import { createProgress } from '../progress.js';
import { INPUT_FORMATS, readInputs } from '../read-inputs.js';

const spec = {
  command: 'enqueue',
  usage: 'FILE…',
  summary: 'Put articles on the PostgreSQL work queue, in batches; `onrecord worker` takes them from there.',
  flags: {
    db: { type: 'string', help: 'the PostgreSQL store (postgres://…)', value: 'URL' },
    format: {
      type: 'string',
      help: `input format (${INPUT_FORMATS.join(', ')}); detected when absent`,
      value: 'F',
      schema: z.enum(INPUT_FORMATS).optional(),
    },
    batch: {
      type: 'string',
      help: 'articles per job (default 100)',
      value: 'N',
      schema: z.coerce.number().int().min(1).max(10_000).default(100),
    },
    quiet: { type: 'boolean', short: 'q', help: 'no progress or summary (errors still print)' },
  },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const { db, format, batch, quiet } = parsed.flags;
  if (!db || !isPostgresUrl(db)) {
    process.stderr.write('onrecord enqueue: --db postgres://… is required (the queue lives in PostgreSQL)\n');
    return 2;
  }
  const store = new PostgresStore(db);
  try {
    await store.init();
  } catch (err) {
    process.stderr.write(`onrecord enqueue: ${err instanceof Error ? err.message : String(err)}\n`);
    await store.close().catch(() => {});
    return 2;
  }
  const queue = new JobQueue(store);
  const progress = createProgress({ label: 'onrecord enqueue', quiet });
  const inputs = readInputs(parsed.positionals, format ? { format } : {});
  let jobs = 0;
  let current: JobPayload['articles'] = [];
  const flush = async () => {
    if (current.length === 0) return;
    const articles = current;
    current = [];
    try {
      jobs += (await queue.enqueue([{ articles }])).length;
      for (let i = 0; i < articles.length; i++) progress.article(inputs.bytesRead, inputs.totalBytes);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      for (const a of articles)
        progress.error(a.where, `article '${a.article.id}': not enqueued: ${message}`);
    }
  };
  try {
    for await (const item of inputs) {
      if ('error' in item) progress.error(item.error.where, item.error.message);
      else {
        current.push({ article: item.article, where: item.where });
        if (current.length >= batch) await flush();
      }
    }
    await flush();
  } finally {
    await store.close();
  }
  const summary = progress.stop();
  if (!quiet) process.stderr.write(`onrecord enqueue: ${jobs} job${jobs === 1 ? '' : 's'} queued\n`);
  return summary.errors > 0 ? 1 : 0;
}
