// onrecord quotes: search stored quotes by speaker, words, date, outlet and type; newest first.
import { z } from 'zod';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import type { QuotePage, QuoteQuery, StoredQuote } from '../../store/store.js';
import { parseArgs } from '../args.js';
import { createOutput } from '../write-out.js';

const DATE = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

const spec = {
  command: 'quotes',
  summary:
    'Search stored quotes, newest first. --from/--to bound the statement date (`when`), or the publication date when the text gives none.',
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    speaker: { type: 'string', help: 'speaker name or alias ("Kowal" finds "Marta Kowal")', value: 'NAME' },
    q: { type: 'string', help: 'words in the quote or speaker ("a phrase" in double quotes)', value: 'TEXT' },
    from: { type: 'string', help: 'on or after this date', value: 'DATE', schema: DATE },
    to: { type: 'string', help: 'on or before this date', value: 'DATE', schema: DATE },
    outlet: { type: 'string', help: 'published by this outlet', value: 'O' },
    type: {
      type: 'string',
      help: 'direct, indirect or belief',
      value: 'T',
      schema: z.enum(['direct', 'indirect', 'belief']).optional(),
    },
    article: { type: 'string', help: 'quotes of one article', value: 'ID' },
    limit: {
      type: 'string',
      help: 'at most N quotes (default 20, at most 1000)',
      value: 'N',
      schema: z.coerce.number().int().min(1).max(1000).default(20),
    },
    cursor: { type: 'string', help: 'continue after a previous page (printed at its end)', value: 'C' },
    json: { type: 'boolean', help: 'one JSON quote record a line' },
  },
  positionals: { max: 0 },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const f = parsed.flags;
  const query: QuoteQuery = { limit: f.limit };
  for (const key of ['speaker', 'q', 'from', 'to', 'outlet', 'type', 'article', 'cursor'] as const) {
    const value = f[key];
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  let page: QuotePage;
  try {
    const store = await openStore(f.db ?? DEFAULT_DB, { mustExist: true });
    try {
      page = await store.queryQuotes(query);
    } finally {
      await store.close();
    }
  } catch (err) {
    process.stderr.write(`onrecord quotes: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const out = createOutput();
  if (f.json) {
    for (const quote of page.quotes) if (!(await out.write(`${JSON.stringify(quote)}\n`))) return 0;
  } else {
    await out.write(formatQuoteTable(page.quotes, process.stdout.columns || 120));
  }
  const marked = !f.json && page.quotes.some((q) => !q.when && q.published) ? ' (* publication date)' : '';
  const footer = `${page.quotes.length} of ${page.totalIsLowerBound ? 'at least ' : ''}${page.total} quote${page.total === 1 ? '' : 's'}${marked}${page.next ? `; next page: --cursor ${page.next}` : ''}\n`;
  if (f.json) process.stderr.write(footer);
  else await out.write(footer);
  return 0;
}

/** One line a quote: date, speaker, type, outlet, quote (cut to the width). A publication date is marked `*`. */
export function formatQuoteTable(quotes: StoredQuote[], width = 120): string {
  if (quotes.length === 0) return '';
  const rows = quotes.map((q) => [
    q.when ?? (q.published ? `${q.published}*` : '-'),
    q.speaker ?? '-',
    q.type,
    q.outlet ?? '-',
    q.content.replace(/\s+/g, ' '),
  ]);
  const header = ['DATE', 'SPEAKER', 'TYPE', 'OUTLET', 'QUOTE'];
  const caps = [11, 26, 8, 18];
  const widths = caps.map((cap, i) =>
    Math.min(cap, Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length))),
  );
  const line = (cells: string[]) => {
    const fixed = widths.map((w, i) => cut(cells[i]!, w).padEnd(w)).join('  ');
    const rest = Math.max(20, width - fixed.length - 2);
    return `${fixed}  ${cut(cells[4]!, rest)}`.trimEnd();
  };
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
