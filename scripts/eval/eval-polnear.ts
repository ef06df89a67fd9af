// Scores analyze() on PolNeAR (Newell et al., LREC 2018) as attribution relations: source = quote.mention,
// cue = quote.cue, content = the quote's [start, end). Spans are PolNeAR's own (UTF-16 = code points: BMP only).
//
// Definitions (per role, per article, over the set of distinct spans of that role):
// - gold and predicted spans are normalized alike before comparison, for conventions that differ: whitespace,
//   quotation marks and , . ; : are trimmed at the outer edges (PolNeAR's content of a direct quote includes
//   its marks, “…,”, onrecord's excludes them; PolNeAR sources keep an appositive's comma), and a content's
//   leading "that " is dropped (PolNeAR annotators include it in ~13% of contents, onrecord never does); a
//   span that would trim to nothing (cue ":" or "―") is kept as it is;
// - a discontinuous gold span (PolNeAR `;` spans, ~4%) is compared by its extent [first start, last end) for
//   exact match and by its own characters for overlap;
// - exact: trimmed [start, end) equal;
// - overlap: shared characters / characters of the longer span ≥ 0.5 (the shared scorer's 50% rule on
//   characters), spans paired one-to-one greedily by that ratio;
// - P = matched / predicted spans, R = matched / gold spans, summed over articles (micro).
// One annotator per article: the first in sorted order (PolNeAR's PROVENANCE.md advice).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { toQuoteRecord } from '../../src/quotes/to-quote-record.js';
import type { Analysis, AnalyzeOptions, Article } from '../../src/types.js';
import type { EvalOptions, EvalRow } from './eval-row.js';

/** A role span as a list of [start, end) segments into the article text. */
export type Segments = Array<[number, number]>;

export interface PolnearRole {
  spans: Segments;
  text: string;
}

export interface PolnearAttribution {
  id: string;
  type: string;
  source: PolnearRole | null;
  cue: PolnearRole | null;
  content: PolnearRole | null;
}

export interface PolnearRecord {
  doc_id: string;
  annotator: string;
  publication_date: string | null;
  title?: string;
  text: string;
  attributions: PolnearAttribution[];
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: Role[] = ['source', 'cue', 'content'];

export interface RoleCounts {
  exact: number;
  overlap: number;
  gold: number;
  pred: number;
}

const EDGE = /[\s"'“”‘’«»„‟‹›,.;:]/;
const SPACE = /\s/;

function trimEdges(text: string, segments: Segments, edge: RegExp): Segments | null {
  const segs = segments.filter(([s, e]) => e > s).map(([s, e]) => [s, e] as [number, number]);
  while (segs.length) {
    const first = segs[0] as [number, number];
    while (first[0] < first[1] && edge.test(text.charAt(first[0]))) first[0]++;
    if (first[0] < first[1]) break;
    segs.shift();
  }
  while (segs.length) {
    const last = segs[segs.length - 1] as [number, number];
    while (last[1] > last[0] && edge.test(text.charAt(last[1] - 1))) last[1]--;
    if (last[1] > last[0]) break;
    segs.pop();
  }
  return segs.length ? segs : null;
}

/**
 * The span normalized for comparison: edge whitespace, quote marks and , . ; : trimmed, and for a content a
 * leading "that " dropped; a span that would be left empty keeps its text, trimmed of whitespace only.
 */
export function trimSegments(text: string, segments: Segments, role: Role = 'content'): Segments | null {
  let segs = trimEdges(text, segments, EDGE);
  if (segs && role === 'content') {
    const first = segs[0] as [number, number];
    const m = /^that\s+/i.exec(text.slice(first[0], first[1]));
    if (m && first[0] + m[0].length < first[1]) {
      segs = trimEdges(text, [[first[0] + m[0].length, first[1]], ...segs.slice(1)], EDGE);
    }
  }
  return segs ?? trimEdges(text, segments, SPACE);
}

const extentKey = (segs: Segments) => `${segs[0]?.[0]}-${segs[segs.length - 1]?.[1]}`;
const length = (segs: Segments) => segs.reduce((n, [s, e]) => n + (e - s), 0);

/** Characters shared by two segment lists. */
export function sharedChars(a: Segments, b: Segments): number {
  let n = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return n;
}

/** Shared characters over the longer span's characters. */
export function overlapRatio(a: Segments, b: Segments): number {
  const longer = Math.max(length(a), length(b));
  return longer ? sharedChars(a, b) / longer : 0;
}

function distinct(text: string, spans: Segments[], role: Role): Segments[] {
  const seen = new Map<string, Segments>();
  for (const raw of spans) {
    const t = trimSegments(text, raw, role);
    if (!t) continue;
    const key = t.map(([s, e]) => `${s}-${e}`).join(';');
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

/** Exact and overlap matches between the distinct gold and predicted spans of one role in one article. */
export function scoreRole(text: string, role: Role, gold: Segments[], pred: Segments[], threshold = 0.5): RoleCounts {
  const g = distinct(text, gold, role);
  const p = distinct(text, pred, role);
  const predKeys = new Set(p.map(extentKey));
  const exact = new Set(g.map(extentKey).filter((k) => predKeys.has(k))).size;
  const pairs: Array<[number, number, number]> = [];
  g.forEach((gs, i) => {
    p.forEach((ps, j) => {
      const r = overlapRatio(gs, ps);
      if (r >= threshold) pairs.push([r, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
  }
  return { exact, overlap: gUsed.size, gold: g.length, pred: p.length };
}

export function f1(tp: number, gold: number, pred: number): number {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** The gold spans of each role of one PolNeAR record. */
export function goldRoles(rec: PolnearRecord): Record<Role, Segments[]> {
  const out: Record<Role, Segments[]> = { source: [], cue: [], content: [] };
  for (const a of rec.attributions) {
    for (const role of ROLES) {
      const r = a[role];
      if (r?.spans.length) out[role].push(r.spans);
    }
  }
  return out;
}

/** Our quotes as PolNeAR roles: the mention, the cue and the quote's own span. */
export function predictedRoles(analysis: Analysis): Record<Role, Segments[]> {
  const out: Record<Role, Segments[]> = { source: [], cue: [], content: [] };
  for (const q of analysis.quotes) {
    if (q.mention) out.source.push([[q.mention.start, q.mention.end]]);
    if (q.cue) out.cue.push([[q.cue.start, q.cue.end]]);
    out.content.push([[q.start, q.end]]);
  }
  return out;
}

/** Spans whose covered text differs from the record's stored text (PolNeAR joins segments with a space). */
export function checkOffsets(rec: PolnearRecord): string[] {
  const bad: string[] = [];
  for (const a of rec.attributions) {
    for (const role of ROLES) {
      const r = a[role];
      if (!r) continue;
      const covered = r.spans.map(([s, e]) => rec.text.slice(s, e)).join(' ');
      if (covered.trim() !== r.text.trim()) bad.push(`${rec.doc_id} ${a.id} ${role} [${r.spans.join(';')}]`);
    }
  }
  return bad;
}

/** One record per article: the first annotator in sorted order. */
export function pickAnnotator(records: PolnearRecord[]): PolnearRecord[] {
  const byDoc = new Map<string, PolnearRecord>();
  for (const r of records) {
    const cur = byDoc.get(r.doc_id);
    if (!cur || r.annotator < cur.annotator) byDoc.set(r.doc_id, r);
  }
  return [...byDoc.values()].sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0));
}

export function readPolnear(file: string): PolnearRecord[] {
  const out: PolnearRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as PolnearRecord);
      } catch (e) {
        process.stderr.write(`eval polnear: ${file}:${i + 1}: not JSON (${(e as Error).message}); skipped\n`);
      }
    });
  return out;
}

interface RunTotals {
  counts: Record<Role, RoleCounts>;
  misses: string[];
  preds: string[];
}

const emptyCounts = (): Record<Role, RoleCounts> => ({
  source: { exact: 0, overlap: 0, gold: 0, pred: 0 },
  cue: { exact: 0, overlap: 0, gold: 0, pred: 0 },
  content: { exact: 0, overlap: 0, gold: 0, pred: 0 },
});

function addCounts(into: Record<Role, RoleCounts>, from: Record<Role, RoleCounts>): void {
  for (const role of ROLES) {
    into[role].exact += from[role].exact;
    into[role].overlap += from[role].overlap;
    into[role].gold += from[role].gold;
    into[role].pred += from[role].pred;
  }
}

const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

/** A few content misses of one article: gold relations no prediction overlaps, and spurious predictions. */
export function describeMisses(rec: PolnearRecord, analysis: Analysis, max = 6): string[] {
  const lines: string[] = [];
  const text = rec.text;
  const preds = analysis.quotes.map((q) => trimSegments(text, [[q.start, q.end]]));
  for (const a of rec.attributions) {
    if (lines.length >= max) break;
    const g = a.content ? trimSegments(text, a.content.spans) : null;
    if (!g) continue;
    const hit = preds.some((p) => p && overlapRatio(g, p) >= 0.5);
    if (!hit) {
      lines.push(
        `${rec.doc_id}: missed ${a.id} source=${JSON.stringify(a.source?.text ?? null)} cue=${JSON.stringify(a.cue?.text ?? null)} content=${JSON.stringify(clip(a.content?.text ?? ''))}`,
      );
    }
  }
  const golds = rec.attributions.map((a) => (a.content ? trimSegments(text, a.content.spans) : null));
  analysis.quotes.forEach((q, i) => {
    if (lines.length >= max * 2) return;
    const p = preds[i];
    if (!p || golds.some((g) => g && overlapRatio(g, p) >= 0.5)) return;
    lines.push(`${rec.doc_id}: spurious ${q.type} mention=${JSON.stringify(q.mention?.text ?? null)} cue=${JSON.stringify(q.cue?.text ?? null)} content=${JSON.stringify(clip(q.content))} (rule ${q.rule})`);
  });
  return lines;
}

function evaluateArticle(rec: PolnearRecord, options: AnalyzeOptions, totals: RunTotals): void {
  const article: Article = { id: rec.doc_id, date: rec.publication_date ?? null, text: rec.text };
  if (rec.title) article.title = rec.title;
  const analysis = analyze(article, options);
  const gold = goldRoles(rec);
  const pred = predictedRoles(analysis);
  const counts = emptyCounts();
  for (const role of ROLES) counts[role] = scoreRole(rec.text, role, gold[role], pred[role]);
  addCounts(totals.counts, counts);
  if (totals.misses.length < 80) totals.misses.push(...describeMisses(rec, analysis, 4));
  for (const q of analysis.quotes) totals.preds.push(JSON.stringify(toQuoteRecord(analysis, q)));
}

const ANCHOR: Record<Role, { target: number; anchor: string }> = {
  source: { target: 0.84, anchor: 'BERT+CofeNet 0.832' },
  cue: { target: 0.76, anchor: 'BERT+CofeNet 0.753' },
  content: { target: 0.74, anchor: 'BERT+CofeNet 0.729' },
};

function rowsFor(set: string, counts: Record<Role, RoleCounts>, withTargets: boolean): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const role of ROLES) {
    const c = counts[role];
    const exact: EvalRow = { set, metric: `${role} exact F1`, value: f1(c.exact, c.gold, c.pred) };
    if (withTargets) {
      exact.target = ANCHOR[role].target;
      exact.anchor = ANCHOR[role].anchor;
    }
    rows.push(exact, { set, metric: `${role} overlap F1`, value: f1(c.overlap, c.gold, c.pred) });
  }
  return rows;
}

/** PolNeAR rows: statements (the main row, with targets and anchors) and all kinds (beliefs too). */
export async function evaluatePolnear(opts: EvalOptions): Promise<EvalRow[]> {
  const split = process.env.ONRECORD_POLNEAR_SPLIT ?? 'test';
  const file = join(opts.shared, 'datasets', 'polnear', 'jsonl', `polnear_${split}.jsonl`);
  if (!existsSync(file)) {
    process.stderr.write(`eval polnear: ${file} not found; skipped\n`);
    return [];
  }
  const records = pickAnnotator(readPolnear(file));
  const limit = Number(process.env.ONRECORD_POLNEAR_LIMIT ?? records.length);
  const budgetMs = Number(process.env.ONRECORD_POLNEAR_BUDGET_S ?? 100) * 1000;
  const offsetErrors = records.flatMap(checkOffsets);
  if (offsetErrors.length) {
    process.stderr.write(`eval polnear: ${offsetErrors.length} gold spans do not cover their text, e.g. ${offsetErrors[0]}\n`);
  }
  const statements: RunTotals = { counts: emptyCounts(), misses: [], preds: [] };
  const all: RunTotals = { counts: emptyCounts(), misses: [], preds: [] };
  const t0 = performance.now();
  let done = 0;
  let failed = 0;
  for (const rec of records.slice(0, limit)) {
    if (performance.now() - t0 > budgetMs) break;
    try {
      evaluateArticle(rec, { kinds: 'statements' }, statements);
      evaluateArticle(rec, { kinds: 'all' }, all);
    } catch (e) {
      failed++;
      process.stderr.write(`eval polnear: ${rec.doc_id}: analyze failed: ${(e as Error).message}\n`);
    }
    done++;
  }
  const scope = done < records.length ? ` (first ${done} of ${records.length} articles)` : ` (${done} articles)`;
  const set = `polnear-${split}${scope}`;
  const header = [
    `PolNeAR ${split}: ${done} articles, ${failed} failed, ${offsetErrors.length} gold offset mismatches`,
    'content misses (gold relation no prediction overlaps ≥ 50%) and spurious predictions, statements run:',
  ];
  writeFileSync(join(opts.out, `polnear-${split}-misses.txt`), `${[...header, ...statements.misses].join('\n')}\n`);
  writeFileSync(join(opts.out, `pred-polnear-${split}.jsonl`), `${statements.preds.join('\n')}\n`);
  if (opts.misses) process.stdout.write(`--- misses on polnear-${split}\n${statements.misses.join('\n')}\n`);
  return [...rowsFor(set, statements.counts, true), ...rowsFor(`${set} all kinds`, all.counts, false)];
}
