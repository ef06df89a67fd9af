// onrecord dates [FILE…]: one JSON time-expression record a line on stdout
// ({"article","start","end","text","type","value"}, offsets into the article text as in extract);
// per-item errors on stderr with file and line; exit code 1 at the end when any input item failed (2 for bad flags).
import { z } from 'zod';
import { findTimeExpressions } from '../../dates/find-time-expressions.js';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { segmentText } from '../../segment/segment-text.js';
import type { Article } from '../../types.js';
import type { CommandSpec, FlagSpec } from '../args.js';
import { parseArgs } from '../args.js';
import { createProgress } from '../progress.js';
import { INPUT_FORMATS, readInputs } from '../read-inputs.js';
import { createOutput } from '../write-out.js';

export const spec = {
  command: 'dates',
  usage: '[FILE|DIR|-]…',
  summary:
    'Prints the time expressions of the articles given, one JSON record a line, with TIMEX3-style values\n' +
    "normalized against each article's publication date (stdin when none or `-`). Formats as in extract.",
  flags: {
    format: {
      type: 'string',
      value: 'F',
      help: `input format: ${INPUT_FORMATS.join('|')} (default: detected)`,
      schema: z.enum(INPUT_FORMATS).optional(),
    },
    rule: { type: 'boolean', help: 'add the rule that found each expression' },
    quiet: { type: 'boolean', short: 'q', help: 'no progress or summary on stderr (errors still print)' },
  },
} satisfies CommandSpec<Record<string, FlagSpec>>;

/** The JSON lines for one article's time expressions. */
export function formatDates(article: Article, withRule = false): string {
  const doc = normalizeArticle(article);
  let lines = '';
  for (const t of findTimeExpressions(doc, segmentText(doc))) {
    const record: Record<string, unknown> = {
      article: article.id,
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
    };
    if (withRule) record.rule = t.rule;
    lines += `${JSON.stringify(record)}\n`;
  }
  return lines;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const { format, quiet, rule } = parsed.flags;
  const inputs = readInputs(parsed.positionals, format ? { format } : {});
  const progress = createProgress({ label: 'onrecord dates', quiet });
  const out = createOutput();
  for await (const item of inputs) {
    if ('error' in item) {
      progress.error(item.error.where, item.error.message);
      continue;
    }
    let lines = '';
    try {
      lines = formatDates(item.article, rule === true);
    } catch (err) {
      progress.error(
        item.where,
        `dates of '${item.article.id}' failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      continue;
    }
    if (lines && !(await out.write(lines))) break;
    progress.article(inputs.bytesRead, inputs.totalBytes);
  }
  const summary = progress.stop();
  return summary.errors > 0 ? 1 : 0;
}
