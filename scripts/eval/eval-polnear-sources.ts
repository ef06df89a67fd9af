// A large-sample check of speaker mentions on PolNeAR train (840 articles; rules may be developed on it): each
// quote of the default output is paired with the PolNeAR content it overlaps most (shared characters ≥ 50 % of
// the shorter span; ties go to the closer-sized content, so a nested report pairs with its inner content), and
// its mention agrees when it overlaps that relation's source span. Indirect quotes that overlap no PolNeAR content
// at all are counted apart: PolNeAR annotates statements, beliefs and thoughts, so such a quote is most likely
// no report. PolNeAR's source conventions differ from GUIDE.md's mention in places (it marks "who" where we mark
// the antecedent, and the outer source of a nested report), so agreement is a signal to compare runs, not a score.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import type { Quote } from '../../src/types.js';
import {
  overlapRatio,
  type PolnearAttribution,
  pickAnnotator,
  readPolnear,
  type Segments,
  sharedChars,
  trimSegments,
} from './eval-polnear.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

export interface SourceCounts {
  /** Quotes of the type. */
  quotes: number;
  /** Quotes paired with a PolNeAR content. */
  paired: number;
  /** Paired quotes whose PolNeAR relation has a source. */
  judged: number;
  /** … and whose mention overlaps that source. */
  agree: number;
  /** Quotes that overlap no PolNeAR content at all. */
  unmatched: number;
}

export type SourceTotals = Record<'direct' | 'indirect', SourceCounts>;

const length = (s: Segments) => s.reduce((n, [a, b]) => n + b - a, 0);

export function newSourceTotals(): SourceTotals {
  const zero = (): SourceCounts => ({ quotes: 0, paired: 0, judged: 0, agree: 0, unmatched: 0 });
  return { direct: zero(), indirect: zero() };
}

/** Adds one article's quotes to the totals; returns one line per disagreement (for --misses). */
export function countSources(
  text: string,
  quotes: Quote[],
  attributions: PolnearAttribution[],
  totals: SourceTotals,
  id = '',
): string[] {
  const contents = attributions
    .map((a) => ({ a, c: a.content ? trimSegments(text, a.content.spans) : null }))
    .filter((g): g is { a: PolnearAttribution; c: Segments } => g.c !== null);
  const misses: string[] = [];
  for (const q of quotes) {
    if (q.type !== 'direct' && q.type !== 'indirect') continue; // beliefs are left out, as by the scorer
    const t = totals[q.type];
    t.quotes++;
    const span: Segments = trimSegments(text, [[q.start, q.end]]) ?? [[q.start, q.end]];
    let best: { a: PolnearAttribution; ratio: number; closeness: number } | null = null;
    let any = false;
    for (const { a, c } of contents) {
      const common = sharedChars(span, c);
      if (common > 0) any = true;
      const ratio = common / Math.min(length(span), length(c));
      const closeness = overlapRatio(span, c);
      if (
        !best ||
        ratio > best.ratio + 1e-9 ||
        (Math.abs(ratio - best.ratio) < 1e-9 && closeness > best.closeness)
      )
        best = { a, ratio, closeness };
    }
    if (!any) t.unmatched++;
    if (!best || best.ratio < 0.5) continue;
    t.paired++;
    const source = best.a.source;
    if (!source?.spans.length) continue;
    t.judged++;
    const ok = q.mention !== null && sharedChars([[q.mention.start, q.mention.end]], source.spans) > 0;
    if (ok) t.agree++;
    else
      misses.push(
        `${id}\t${q.type}\tours=${JSON.stringify(q.mention?.text ?? null)}\tpolnear=${JSON.stringify(source.text)}\t${q.content.slice(0, 80)}`,
      );
  }
  return misses;
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** Rows for PolNeAR train (ONRECORD_POLNEAR_SOURCES_SPLIT picks another split). */
export async function evaluatePolnearSources(opts: EvalOptions): Promise<EvalRow[]> {
  const split = process.env.ONRECORD_POLNEAR_SOURCES_SPLIT ?? 'train';
  const file = join(opts.shared, 'datasets', 'polnear', 'jsonl', `polnear_${split}.jsonl`);
  if (!existsSync(file)) {
    process.stderr.write(`eval polnear-sources: ${file} not found; skipped\n`);
    return [];
  }
  const records = pickAnnotator(readPolnear(file));
  const totals = newSourceTotals();
  const misses: string[] = [];
  for (const rec of records) {
    try {
      const analysis = analyze({ id: rec.doc_id, date: rec.publication_date ?? null, text: rec.text });
      misses.push(...countSources(rec.text, analysis.quotes, rec.attributions, totals, rec.doc_id));
    } catch (e) {
      process.stderr.write(`eval polnear-sources: ${rec.doc_id}: analyze failed: ${(e as Error).message}\n`);
    }
  }
  writeFileSync(join(opts.out, `polnear-${split}-source-misses.tsv`), `${misses.join('\n')}\n`);
  const set = `polnear-${split} sources (${records.length} articles)`;
  const row = (metric: string, value: number | null, anchor: string): EvalRow => ({
    set,
    metric,
    value,
    anchor,
  });
  const { direct, indirect } = totals;
  return [
    row('direct mention agreement', ratio(direct.agree, direct.judged), `${direct.agree}/${direct.judged}`),
    row(
      'indirect mention agreement',
      ratio(indirect.agree, indirect.judged),
      `${indirect.agree}/${indirect.judged}`,
    ),
    row(
      'indirect overlapping no attribution',
      ratio(indirect.unmatched, indirect.quotes),
      `${indirect.unmatched}/${indirect.quotes}`,
    ),
  ];
}
