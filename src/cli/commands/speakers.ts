// onrecord speakers: canonical speakers across stored articles, with their aliases and quote counts.
import { z } from 'zod';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import type { SpeakerSummary } from '../../store/store.js';
import { parseArgs } from '../args.js';
import { createOutput } from '../write-out.js';

const spec = {
  command: 'speakers',
  summary:
    'List canonical speakers, most quoted first: one person under all the forms articles give ("Vladimir Putin", "Putin", "President Putin"), with aliases and quote counts. Descriptors ("an official") are one speaker per article.',
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    q: { type: 'string', help: 'speakers whose name or an alias contains TEXT', value: 'TEXT' },
    limit: {
      type: 'string',
      help: 'at most N speakers (default 100, at most 1000)',
      value: 'N',
      schema: z.coerce.number().int().min(1).max(1000).default(100),
    },
    json: { type: 'boolean', help: 'one JSON speaker a line' },
  },
  positionals: { max: 0 },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const f = parsed.flags;
  let speakers: SpeakerSummary[];
  try {
    const store = await openStore(f.db ?? DEFAULT_DB);
    try {
      speakers = await store.listSpeakers(f.q, f.limit);
    } finally {
      await store.close();
    }
  } catch (err) {
    process.stderr.write(`onrecord speakers: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const out = createOutput();
  if (f.json) {
    for (const s of speakers) if (!(await out.write(`${JSON.stringify(s)}\n`))) return 0;
    process.stderr.write(`${speakers.length} speaker${speakers.length === 1 ? '' : 's'}\n`);
  } else {
    await out.write(formatSpeakerTable(speakers, process.stdout.columns || 120));
    await out.write(`${speakers.length} speaker${speakers.length === 1 ? '' : 's'}\n`);
  }
  return 0;
}

/** One line a speaker: quotes, articles, first and last date, name, other names. */
export function formatSpeakerTable(speakers: SpeakerSummary[], width = 120): string {
  if (speakers.length === 0) return '';
  const header = ['QUOTES', 'ARTICLES', 'FIRST', 'LAST', 'SPEAKER', 'ALIASES'];
  const rows = speakers.map((s) => [
    String(s.quoteCount),
    String(s.articleCount),
    s.first ?? '-',
    s.last ?? '-',
    s.name,
    s.aliases.filter((a) => a !== s.name).join('; ') || '-',
  ]);
  const caps = [6, 8, 10, 10, 30];
  const widths = caps.map((cap, i) =>
    Math.min(cap, Math.max((header[i] ?? '').length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const line = (cells: string[]) => {
    const fixed = widths.map((w, i) => cut(cells[i] ?? '', w)[i < 2 ? 'padStart' : 'padEnd'](w)).join('  ');
    const rest = Math.max(20, width - fixed.length - 2);
    return `${fixed}  ${cut(cells[5] ?? '', rest)}`.trimEnd();
  };
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
