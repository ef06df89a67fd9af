// Scores analyze() on our own held-out attribution sets (eval-sets/*.refs.jsonl): articles annotated by
// shared/gold/GUIDE.md and stored as references into shared/datasets plus character offsets, never as text.
// Each set is rebuilt into an ordinary gold JSONL in .eval/ and scored with the shared scorer like shared/gold/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { predictGoldSet, TARGETS } from './eval-gold-sets.js';
import { BLIND_SETS, type EvalOptions, type EvalRow } from './eval-row.js';
import { hashText, loadDatasetText } from './load-dataset-text.js';

/** eval-sets/ at the checkout's root (from src or from dist). */
export function findEvalSetsDir(): string {
  for (const rel of ['../../eval-sets/', '../../../eval-sets/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('eval-sets/ not found beside the checkout');
}

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const when = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** Strict objects: a reference file must not grow a text-bearing field. */
export const RefQuoteSchema = z.strictObject({
  type: z.enum(['direct', 'indirect']),
  content: span,
  speaker: z.string().min(1).nullable(),
  mention: span.nullable(),
  cue: span.nullable(),
  when: when.nullable(),
});

export const RefArticleSchema = z.strictObject({
  id: z.string().min(1),
  ref: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('reuters'),
      file: z.string().regex(/^reut2-\d{3}\.sgm$/),
      newid: z.number().int().positive(),
    }),
    z.strictObject({ kind: z.literal('bbc'), path: z.string().regex(/^[a-z]+\/\d{3}\.txt$/) }),
    z.strictObject({ kind: z.literal('open-news'), id: z.string().startsWith('wikinews:') }),
    // PolNeAR test (blind own-fresh3, own-fresh9, own-fresh10) or dev (studied own-polnear-dev); train stays excluded.
    z.strictObject({
      kind: z.literal('polnear'),
      split: z.enum(['test', 'dev']),
      doc: z.string().regex(/^[a-z-]+_\d{4}-\d{2}-\d{2}_[a-z0-9-]+$/),
    }),
    // TempEval-3 TBAQ-cleaned (studied own-timebank) or te3-platinum (the held-out test files: blind own-fresh8 only).
    z.strictObject({
      kind: z.literal('timebank'),
      folder: z.enum(['TimeBank', 'AQUAINT', 'te3-platinum']),
      file: z.string().regex(/^[A-Za-z0-9_.-]+\.tml$/),
    }),
  ]),
  /** First 16 hex digits of the sha256 of the rebuilt text (load-dataset-text.ts). */
  sha256: z.string().regex(/^[0-9a-f]{16}$/),
  /** Length of the rebuilt text, in UTF-16 units: every offset is below it. */
  length: z.number().int().positive(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  quotes: z.array(RefQuoteSchema),
});

export type RefQuote = z.infer<typeof RefQuoteSchema>;
export type RefArticle = z.infer<typeof RefArticleSchema>;

export interface RefSet {
  name: string;
  articles: RefArticle[];
}

/** Parses one eval-sets/*.refs.jsonl file; a bad line is an error naming the file and line. */
export function parseRefFile(path: string): RefArticle[] {
  const out: RefArticle[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = RefArticleSchema.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.message}`);
      out.push(r.data);
    });
  return out;
}

/** Every reference set in eval-sets/ ("own-reuters", …), sorted by name. */
export function readRefSets(dir = findEvalSetsDir()): RefSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.refs.jsonl'))
    .sort()
    .map((f) => ({ name: f.replace(/\.refs\.jsonl$/, ''), articles: parseRefFile(join(dir, f)) }));
}

/** Problems that make a reference article inconsistent in itself (no text needed); empty when it is sound. */
export function checkRefArticle(a: RefArticle): string[] {
  const problems: string[] = [];
  const inText = (s: [number, number] | null, what: string, k: number) => {
    if (s && !(s[0] < s[1] && s[1] <= a.length))
      problems.push(`${a.id} quote ${k}: ${what} [${s[0]}, ${s[1]}) out of order or past the text`);
  };
  const seen = new Set<string>();
  a.quotes.forEach((q, k) => {
    inText(q.content, 'content', k);
    inText(q.mention, 'mention', k);
    inText(q.cue, 'cue', k);
    const key = q.content.join(':');
    if (seen.has(key)) problems.push(`${a.id} quote ${k}: content listed twice`);
    seen.add(key);
    const prev = a.quotes[k - 1];
    if (prev && prev.content[0] > q.content[0]) problems.push(`${a.id} quote ${k}: not in text order`);
    if (q.mention && q.mention[0] < q.content[1] && q.content[0] < q.mention[1])
      problems.push(`${a.id} quote ${k}: mention overlaps content`);
    if (q.mention && q.speaker === null) problems.push(`${a.id} quote ${k}: mention without a speaker`);
  });
  return problems;
}

/** The gold JSONL (shared/gold/GUIDE.md form) of a reference set, rebuilt from shared/datasets. */
export function rebuildGold(shared: string, set: RefSet, onError: (message: string) => void): string {
  const lines: string[] = [];
  for (const a of set.articles) {
    let loaded: ReturnType<typeof loadDatasetText>;
    try {
      loaded = loadDatasetText(shared, a.ref);
    } catch (e) {
      onError(`${set.name}/${a.id}: ${(e as Error).message}`);
      continue;
    }
    const { text, date, source } = loaded;
    if (hashText(text) !== a.sha256 || text.length !== a.length) {
      onError(
        `${set.name}/${a.id}: rebuilt text differs from the annotated one (sha256 ${hashText(text)} ≠ ${a.sha256}); skipped`,
      );
      continue;
    }
    const slice = (s: [number, number] | null) => (s ? text.slice(s[0], s[1]) : null);
    const quotes = a.quotes.map((q) => ({
      type: q.type,
      content: text.slice(q.content[0], q.content[1]),
      speaker: q.speaker,
      mention: slice(q.mention),
      cue: slice(q.cue),
      when: q.when,
    }));
    lines.push(JSON.stringify({ id: a.id, source, date: a.date ?? date, text, quotes }));
  }
  return `${lines.join('\n')}\n`;
}

interface ScorerOutput {
  direct: { F1: number };
  indirect: { F1: number };
  any: { F1: number };
  speakerAccuracy: number;
  attributedF1: number;
  whenAccuracy: number | null;
}

export async function evaluateOwnSets(opts: EvalOptions): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const scorer = join(opts.shared, 'tools', 'score.mjs');
  for (const set of readRefSets()) {
    const goldPath = join(opts.out, `${set.name}.jsonl`);
    writeFileSync(
      goldPath,
      rebuildGold(opts.shared, set, (m) => process.stderr.write(`eval own: ${m}\n`)),
    );
    const predPath = join(opts.out, `pred-${set.name}.jsonl`);
    writeFileSync(predPath, predictGoldSet(goldPath));
    if (opts.misses && (opts.missesBlind || !BLIND_SETS.has(set.name))) {
      const text = execFileSync('node', [scorer, goldPath, predPath], {
        env: { ...process.env, SHOW_MISSES: '1' },
        encoding: 'utf8',
      });
      process.stdout.write(
        `--- misses on ${set.name}\n${text
          .split('\n')
          .filter((l) => !l.startsWith(' ') && !/^[{}]/.test(l))
          .join('\n')}\n`,
      );
    }
    const r = JSON.parse(
      execFileSync('node', [scorer, goldPath, predPath, '--json'], { encoding: 'utf8' }),
    ) as ScorerOutput;
    const add = (metric: string, value: number | null) => {
      const target = TARGETS[metric];
      rows.push(
        target === undefined ? { set: set.name, metric, value } : { set: set.name, metric, value, target },
      );
    };
    add('direct F1', r.direct.F1);
    add('indirect F1', r.indirect.F1);
    add('quote F1', r.any.F1);
    add('speaker accuracy', r.speakerAccuracy);
    add('attributed F1', r.attributedF1);
    add('when accuracy', r.whenAccuracy);
  }
  return rows;
}
