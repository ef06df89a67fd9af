// Statement dates (`when`) over the matched quotes of every gold set (shared/gold/ and our own eval-sets/):
// the scorer's `when accuracy` only counts gold-dated quotes, so this also measures precision (is a date we give
// right?) and how often a quote whose gold says nothing about its date gets one anyway.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { Article, Quote } from '../../src/types.js';
import { readRefSets, rebuildGold } from './eval-own-sets.js';
import { BLIND_SETS, type EvalOptions, type EvalRow } from './eval-row.js';

interface GoldQuote {
  type: string;
  content: string;
  when: string | null;
}
interface GoldArticle {
  id: string;
  date: string | null;
  text: string;
  quotes: GoldQuote[];
}

/** The scorer's token-bag overlap (shared/tools/score.mjs defines the contract; re-stated here). */
function tokensOf(s: string): string[] {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
function overlapOf(a: string, b: string): number {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length);
}

/** Greedy one-to-one matching on content overlap ≥ 0.5, type-agnostic, as the scorer does. */
function matchQuotes(gold: GoldQuote[], pred: Quote[]): Array<[GoldQuote, Quote]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      if (p.type !== 'direct' && p.type !== 'indirect') return;
      const s = overlapOf(g.content, p.content);
      if (s >= 0.5) pairs.push([s, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: Array<[GoldQuote, Quote]> = [];
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    const g = gold[i];
    const p = pred[j];
    if (g && p) out.push([g, p]);
  }
  return out;
}

interface WhenCounts {
  /** Matched quotes. */
  matched: number;
  goldDated: number;
  goldNull: number;
  predicted: number;
  /** Predicted and starting with the gold value. */
  correct: number;
  /** Gold null, predicted a date. */
  wronglyDated: number;
}

function countSet(set: string, articles: GoldArticle[], misses: boolean): WhenCounts {
  const c: WhenCounts = { matched: 0, goldDated: 0, goldNull: 0, predicted: 0, correct: 0, wronglyDated: 0 };
  for (const a of articles) {
    const article: Article = { id: a.id, date: a.date, text: a.text };
    const analysis = analyze(article);
    for (const [g, p] of matchQuotes(a.quotes, analysis.quotes)) {
      c.matched++;
      if (g.when) c.goldDated++;
      else c.goldNull++;
      const ok = !!g.when && !!p.when && p.when.startsWith(g.when);
      if (p.when) {
        c.predicted++;
        if (ok) c.correct++;
        else if (!g.when) c.wronglyDated++;
      }
      if (misses && (g.when || p.when) && !ok) {
        // The sentence around the quote, to classify the miss (printed, never stored).
        const from = Math.max(0, a.text.lastIndexOf('\n', p.start - 1), p.start - 200);
        const nl = a.text.indexOf('\n', p.end);
        const to = Math.min(nl < 0 ? a.text.length : nl, p.end + 200);
        process.stdout.write(
          `${set}/${a.id} (published ${a.date}): gold=${g.when} pred=${p.when} rule=${p.whenRule} cue=${JSON.stringify(p.cue?.text ?? null)} :: ${p.content.slice(0, 50)}\n  ${a.text
            .slice(from, to)
            .replace(/\s+/g, ' ')}\n`,
        );
      }
    }
  }
  return c;
}

function rowsOf(set: string, c: WhenCounts): EvalRow[] {
  const ratio = (n: number, d: number) => (d ? +(n / d).toFixed(3) : null);
  // Stable metric names; the counts behind each figure go in the anchor column.
  return [
    {
      set,
      metric: 'when precision',
      value: ratio(c.correct, c.predicted),
      anchor: `${c.correct}/${c.predicted}`,
    },
    {
      set,
      metric: 'when recall',
      value: ratio(c.correct, c.goldDated),
      anchor: `${c.correct}/${c.goldDated}`,
    },
    {
      set,
      metric: 'gold-null dated',
      value: ratio(c.wronglyDated, c.goldNull),
      anchor: `${c.wronglyDated}/${c.goldNull}`,
    },
  ];
}

export async function evaluateWhen(opts: EvalOptions): Promise<EvalRow[]> {
  const sets: Array<[string, GoldArticle[]]> = [];
  const goldDir = join(opts.shared, 'gold');
  const parse = (jsonl: string) =>
    jsonl
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldArticle);
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    sets.push([file.replace(/\.jsonl$/, ''), parse(readFileSync(join(goldDir, file), 'utf8'))]);
  for (const set of readRefSets())
    sets.push([
      set.name,
      parse(rebuildGold(opts.shared, set, (m) => process.stderr.write(`eval when: ${m}\n`))),
    ]);
  const rows: EvalRow[] = [];
  const total: WhenCounts = {
    matched: 0,
    goldDated: 0,
    goldNull: 0,
    predicted: 0,
    correct: 0,
    wronglyDated: 0,
  };
  for (const [name, articles] of sets) {
    const c = countSet(name, articles, opts.misses && (opts.missesBlind === true || !BLIND_SETS.has(name)));
    for (const k of Object.keys(total) as Array<keyof WhenCounts>) total[k] += c[k];
    rows.push(...rowsOf(name, c));
  }
  rows.push(...rowsOf('all', total));
  return rows;
}
