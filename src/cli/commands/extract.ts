// onrecord extract [FILE…]: one JSON quote record a line on stdout; per-item errors on stderr with file and line;
// exit code 1 at the end when any input item failed (2 for bad flags).
import { z } from 'zod';
import { toQuoteRecord } from '../../quotes/to-quote-record.js';
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
    quiet: { type: 'boolean', short: 'q', help: 'no progress or summary on stderr (errors still print)' },
  },
} satisfies CommandSpec<Record<string, FlagSpec>>;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  // loaded after the flags are read: `--help` and flag errors work even when the core cannot load
  const { analyze } = await import('../../analyze.js');
  const { format, kinds, quiet } = parsed.flags;
  const inputs = readInputs(parsed.positionals, format ? { format } : {});
  const progress = createProgress({ label: 'onrecord extract', quiet });
  const out = createOutput();
  for await (const item of inputs) {
    if ('error' in item) {
      progress.error(item.error.where, item.error.message);
      continue;
    }
    let lines = '';
    try {
      const analysis = analyze(item.article, { kinds });
      for (const quote of analysis.quotes) lines += `${JSON.stringify(toQuoteRecord(analysis, quote))}\n`;
    } catch (err) {
      progress.error(
        item.where,
        `analysis of '${item.article.id}' failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      continue;
    }
    if (lines && !(await out.write(lines))) break;
    progress.article(inputs.bytesRead, inputs.totalBytes);
  }
  const summary = progress.stop();
  return summary.errors > 0 ? 1 : 0;
}
