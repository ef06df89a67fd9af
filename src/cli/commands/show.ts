// onrecord show ARTICLE_ID [--db PATH] | onrecord show --file FILE: the article text with its quotes marked,
// then each quote with speaker, cue and date, the spin substitutions and, when the store has it, provenance.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Analysis, Quote } from '../../types.js';
import type { CommandSpec, FlagSpec } from '../args.js';
import { parseArgs } from '../args.js';
import type { Mark } from '../mark-text.js';
import { markText, PLAIN_LEGEND } from '../mark-text.js';
import { INPUT_FORMATS, readInputs } from '../read-inputs.js';

export const spec = {
  command: 'show',
  usage: 'ARTICLE_ID | --file FILE',
  summary:
    'Prints an article with its quotes marked, then its quotes (speaker, cue, when), spin and provenance.',
  flags: {
    db: {
      type: 'string',
      value: 'PATH',
      help: 'store: SQLite file (default ./onrecord.db) or postgres:// URL',
    },
    file: {
      type: 'string',
      value: 'FILE',
      help: 'analyze this file (or - for stdin) instead of reading the store',
    },
    format: {
      type: 'string',
      value: 'F',
      help: `format of --file: ${INPUT_FORMATS.join('|')}`,
      schema: z.enum(INPUT_FORMATS).optional(),
    },
    kinds: {
      type: 'string',
      value: 'K',
      help: 'statements (default) or all (also beliefs), for --file',
      schema: z.enum(['statements', 'all']).default('statements'),
    },
    color: {
      type: 'string',
      value: 'WHEN',
      help: 'auto (default: colour on a terminal), always or never',
      schema: z.enum(['auto', 'always', 'never']).default('auto'),
    },
    json: { type: 'boolean', help: 'print the whole analysis as JSON' },
  },
  positionals: { max: 1 },
} satisfies CommandSpec<Record<string, FlagSpec>>;

/** What a store may add beyond the Store interface; read defensively. */
interface ProvenanceLike {
  copyOf?: string | null;
  stitched?: boolean;
  spun?: boolean;
  reusedShare?: number;
  sources?: Array<{
    article: string;
    outlet?: string | null;
    time?: string | null;
    share?: number;
    spun?: boolean;
  }>;
  substitutions?: Array<{ text: string; usual: string; source?: string }>;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  // loaded after the flags are read: `--help` and flag errors work even when the core cannot load
  const { analyze } = await import('../../analyze.js');
  const { db, file, format, kinds, color, json } = parsed.flags;
  const id = parsed.positionals[0];
  if (!file && !id) {
    process.stderr.write('onrecord show: give an ARTICLE_ID (from the store) or --file FILE\n');
    return 2;
  }
  const colour =
    color === 'always' || (color === 'auto' && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const print = (analysis: Analysis, provenance: ProvenanceLike | null) =>
    process.stdout.write(
      json
        ? `${JSON.stringify(provenance ? { ...analysis, provenance } : analysis)}\n`
        : renderAnalysis(analysis, provenance, colour),
    );

  if (file) {
    let errors = 0;
    let shown = 0;
    for await (const item of readInputs([file], format ? { format } : {})) {
      if ('error' in item) {
        process.stderr.write(`onrecord show: ${item.error.where}: ${item.error.message}\n`);
        errors += 1;
        continue;
      }
      if (id && item.article.id !== id) continue;
      if (shown > 0 && !json) process.stdout.write(`\n${'─'.repeat(60)}\n\n`);
      print(analyze(item.article, { kinds }), null);
      shown += 1;
    }
    if (shown === 0 && errors === 0) {
      process.stderr.write(
        `onrecord show: ${id ? `no article '${id}' in ${file}` : `no article in ${file}`}\n`,
      );
      return 1;
    }
    return errors > 0 ? 1 : 0;
  }

  const { openStore, DEFAULT_DB, isPostgresUrl } = await import('../../store/open-store.js');
  const target = db ?? DEFAULT_DB;
  if (!isPostgresUrl(target) && !existsSync(target)) {
    process.stderr.write(`onrecord show: no store at ${target} (run onrecord ingest first, or use --file)\n`);
    return 1;
  }
  const store = await openStore(target);
  try {
    const stored = await store.getArticle(id as string);
    if (!stored) {
      process.stderr.write(`onrecord show: no article '${id}' in ${target}\n`);
      return 1;
    }
    const withProvenance = store as unknown as {
      getProvenance?: (id: string) => Promise<ProvenanceLike | null>;
    };
    const provenance =
      typeof withProvenance.getProvenance === 'function'
        ? await withProvenance.getProvenance(id as string)
        : null;
    print(stored.analysis, provenance);
    return 0;
  } finally {
    await store.close();
  }
}

export function renderAnalysis(
  analysis: Analysis,
  provenance: ProvenanceLike | null,
  colour: boolean,
): string {
  const a = analysis.article;
  const lines: string[] = [];
  lines.push([a.id, a.date ?? 'undated', a.source].filter(Boolean).join('  ·  '));
  if (a.title) lines.push(a.title);
  if (a.url) lines.push(a.url);
  lines.push('');
  const marks: Mark[] = [];
  analysis.quotes.forEach((q, i) => {
    marks.push({ start: q.start, end: q.end, kind: q.type, label: `#${i + 1}` });
    if (q.mention) marks.push({ start: q.mention.start, end: q.mention.end, kind: 'mention' });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, kind: 'cue' });
  });
  for (const s of analysis.spin) marks.push({ start: s.start, end: s.end, kind: 'spin' });
  lines.push(markText(analysis.text, marks, colour));
  lines.push('');
  if (!colour) lines.push(PLAIN_LEGEND, '');
  lines.push(`quotes (${analysis.quotes.length}):`);
  analysis.quotes.forEach((q, i) => {
    lines.push(...describeQuote(q, i + 1, timexText(analysis, q.whenTimex)));
  });
  if (analysis.spin.length > 0) {
    lines.push('', `spin (${analysis.spin.length}):`);
    for (const s of analysis.spin)
      lines.push(`  "${s.text}" for "${s.usual}" (${s.canonical})  ${s.start}-${s.end}`);
  }
  if (provenance) lines.push('', ...describeProvenance(provenance));
  if (analysis.diagnostics.length > 0) {
    lines.push('', `diagnostics (${analysis.diagnostics.length}):`);
    for (const d of analysis.diagnostics)
      lines.push(`  ${d.code}${d.start !== undefined ? ` @${d.start}` : ''}: ${d.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `whenTimex` names a time expression by id ("t2") or, in older analyses, by its text. */
function timexText(analysis: Analysis, ref: string | null): string | null {
  if (ref === null) return null;
  return analysis.timexes.find((t) => t.id === ref)?.text ?? ref;
}

function describeQuote(q: Quote, n: number, whenText: string | null): string[] {
  const content = q.content.length > 160 ? `${q.content.slice(0, 157)}…` : q.content;
  const speaker = q.speaker ?? '(no source)';
  const mention = q.mention && q.mention.text !== q.speaker ? ` as "${q.mention.text}"` : '';
  const rules = [q.rule, q.speakerRule && `speaker: ${q.speakerRule}`, q.whenRule && `when: ${q.whenRule}`]
    .filter(Boolean)
    .join('; ');
  return [
    `  #${n} ${q.type}${q.partial ? ' (partial)' : ''} ${q.start}-${q.end}: "${content}"`,
    `     speaker: ${speaker}${mention}   cue: ${q.cue ? `"${q.cue.text}"` : '—'}   when: ${q.when ?? '—'}${whenText ? ` ("${whenText}")` : ''}`,
    `     rules: ${rules}   confidence: ${q.confidence}`,
  ];
}

function describeProvenance(p: ProvenanceLike): string[] {
  const flags = [
    p.copyOf ? `copy of ${p.copyOf}` : null,
    p.stitched ? 'stitched' : null,
    p.spun ? 'spun' : null,
  ].filter(Boolean);
  const share = typeof p.reusedShare === 'number' ? `, ${Math.round(p.reusedShare * 100)}% reused` : '';
  const lines = [`provenance: ${flags.length ? flags.join(', ') : 'original'}${share}`];
  for (const s of p.sources ?? []) {
    const pct = typeof s.share === 'number' ? ` ${Math.round(s.share * 100)}%` : '';
    lines.push(
      `  source ${s.article}${s.outlet ? ` (${s.outlet})` : ''}${s.time ? ` ${s.time}` : ''}${pct}${s.spun ? ' spun' : ''}`,
    );
  }
  for (const s of p.substitutions ?? [])
    lines.push(`  "${s.text}" where ${s.source ?? 'the source'} has "${s.usual}"`);
  return lines;
}
