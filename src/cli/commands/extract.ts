// onrecord extract [FILE…]: one JSON quote record a line on stdout; per-item errors on stderr with file and line;
// exit code 1 at the end when any input item failed (2 for bad flags).
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { AnalyzeOutcome } from '../../pool/analyze-safely.js';
import { toQuoteRecord } from '../../quotes/to-quote-record.js';
import type { Article } from '../../types.js';
import type { CommandSpec, FlagSpec } from '../args.js';
import { parseArgs } from '../args.js';
import { createProgress } from '../progress.js';
import { INPUT_FORMATS, readInputs } from '../read-inputs.js';
import { createOutput } from '../write-out.js';

export const spec = {
  command: 'extract',
  usage: '[FILE|DIR|-]…',
  summary:
    'Prints one JSON quote record a line for the articles given (stdin when none or `-`).\n' +
    'Formats: seed (`date YYYY-MM-DD text`), jsonl(.gz), txt, html, warc(.gz), feed (RSS/Atom); detected unless forced.',
  flags: {
    format: {
      type: 'string',
      value: 'F',
      help: `input format: ${INPUT_FORMATS.join('|')} (default: detected)`,
      schema: z.enum(INPUT_FORMATS).optional(),
    },
    kinds: {
      type: 'string',
      value: 'K',
      help: 'statements (direct, indirect; default) or all (also beliefs)',
      schema: z.enum(['statements', 'all']).default('statements'),
    },
    workers: {
      type: 'string',
      value: 'N',
      help: 'analysis worker threads, or auto (one per core); default 0: on the main thread. Same output, same order',
      schema: z
        .union([z.literal('auto'), z.coerce.number().int().min(0).max(256)], {
          error: 'expected a number of threads (0-256) or auto',
        })
        .default(0)
        .transform((v) => (v === 'auto' ? availableParallelism() : v)),
    },
    quiet: { type: 'boolean', short: 'q', help: 'no progress or summary on stderr (errors still print)' },
  },
} satisfies CommandSpec<Record<string, FlagSpec>>;

/** Articles per worker task. */
const BATCH = 25;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const { format, kinds, workers, quiet } = parsed.flags;
  const inputs = readInputs(parsed.positionals, format ? { format } : {});
  const progress = createProgress({ label: 'onrecord extract', quiet });
  const out = createOutput();
  // loaded after the flags are read: `--help` and flag errors work even when the core cannot load
  const { createAnalysisPool } = await import('../../pool/analysis-pool.js');
  const pool = createAnalysisPool({ workers, analyze: { kinds } });
  const ahead = Math.max(2, workers * 2);
  const pending: Array<{
    items: Array<{ article: Article; where: string }>;
    done: Promise<AnalyzeOutcome[]>;
  }> = [];
  let batch: Array<{ article: Article; where: string }> = [];
  let open = true;

  // analyses come back per batch, in input order: print them in that order
  const printNext = async () => {
    const head = pending.shift();
    if (!head) return;
    let outcomes: AnalyzeOutcome[];
    try {
      outcomes = await head.done;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      outcomes = head.items.map(({ article }) => ({ id: article.id, error: message }));
    }
    let lines = '';
    for (const [i, { article, where }] of head.items.entries()) {
      const outcome = outcomes[i];
      if (!outcome || 'error' in outcome) {
        progress.error(where, `analysis of '${article.id}' failed: ${outcome?.error ?? 'no result'}`);
        continue;
      }
      for (const quote of outcome.analysis.quotes)
        lines += `${JSON.stringify(toQuoteRecord(outcome.analysis, quote))}\n`;
      progress.article(inputs.bytesRead, inputs.totalBytes);
    }
    if (lines && !(await out.write(lines))) open = false;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const done = pool.analyze(batch.map((b) => b.article));
    done.catch(() => {}); // awaited, in order, by printNext
    pending.push({ items: batch, done });
    batch = [];
    while (pending.length > (pool.workers === 0 ? 0 : ahead) && open) await printNext();
  };

  try {
    for await (const item of inputs) {
      if ('error' in item) {
        progress.error(item.error.where, item.error.message);
        continue;
      }
      batch.push({ article: item.article, where: item.where });
      if (batch.length >= (pool.workers === 0 ? 1 : BATCH)) await flush();
      if (!open) break;
    }
    await flush();
    while (pending.length > 0 && open) await printNext();
  } finally {
    await pool.close();
  }
  const summary = progress.stop();
  return summary.errors > 0 ? 1 : 0;
}
