// Scores analyze() on PolNeAR (Newell et al., LREC 2018) as attribution relations: source = quote.mention,
// cue = quote.cue, content = the quote's [start, end) (a split quote's two parts joined, below). Spans are PolNeAR's own (UTF-16 = code points: BMP only).
//
// Definitions (per role, per article, over the set of distinct spans of that role):
// - gold and predicted spans are normalized alike before comparison, for conventions that differ: whitespace,
//   quotation marks and , . ; : are trimmed at each segment's edges (PolNeAR's content of a direct quote includes
//   its marks, “…,”, onrecord's excludes them; PolNeAR sources keep an appositive's comma), and a content's
//   leading "that " (or "that, ") is dropped (PolNeAR annotators include it in ~13% of contents, onrecord never
//   does); a span that would trim to nothing (cue ":" or "―") is kept as it is; segments are put in text order
//   and segments only whitespace or edge punctuation apart are joined into one (gold cuts some continuous
//   contents at a space or between sentences) — round-2 fixes, see below;
// - PolNeAR writes a quote split by its attribution ("A," she said, "B.") as ONE relation whose content has
//   two segments; onrecord writes two quotes (GUIDE.md). So consecutive quotes of ours of one type sharing one
//   cue span and one mention, with the cue between them and either no . ! ? ; : or line break between them, or
//   only the attribution's own sentence ("“A,” he said. “B.”", even across a paragraph break: PolNeAR joins
//   these too, gold gaps " he said. ", " said Ann Lee, an analyst. "), become one relation whose content has
//   their segments, also past one relation of ours read inside that attribution ("“A,” he said when asked
//   about the pier. “B.”", which stays a relation of its own);
// - rows: statements and all kinds run analyze() with GUIDE span conventions (the default output); the
//   "polnear spans, all kinds" row runs it with { kinds: 'all', spans: 'polnear' } (src/quotes/polnear/):
//   PolNeAR's own conventions and the attributions it counts beyond statements, read by the learned span tagger
//   (src/quotes/polnear/span-tagger.ts); "polnear spans, rules alone" is the same run with the tagger off;
// - exact: the same list of normalized segments (a discontinuous gold span needs the same gaps);
// - overlap: shared characters / characters of the longer span ≥ 0.5 (the shared scorer's 50% rule on
//   characters), spans paired one-to-one greedily by that ratio;
// - P = matched / predicted spans, R = matched / gold spans, summed over articles (micro).
// One annotator per article: the first in sorted order (PolNeAR's PROVENANCE.md advice).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze.js';
import { useSpanTagger } from '../../src/quotes/polnear/span-tagger.js';
import { toQuoteRecord } from '../../src/quotes/to-quote-record.js';
import type { Analysis, AnalyzeOptions, Article, Quote } from '../../src/types.js';
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
  const out: Segments = [];
  for (const [s0, e0] of segments) {
    let s = s0;
    let e = e0;
    while (s < e && edge.test(text.charAt(s))) s++;
    while (e > s && edge.test(text.charAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  }
  return out.length ? out : null;
}

/**
 * The span normalized for comparison: each segment's edge whitespace, quote marks and , . ; : trimmed, empty
 * segments dropped, and for a content a leading "that " dropped; a span that would be left empty keeps its
 * text, trimmed of whitespace only.
 */
export function trimSegments(text: string, segments: Segments, role: Role = 'content'): Segments | null {
  let segs = trimEdges(text, segments, EDGE);
  if (segs && role === 'content') {
    const first = segs[0] as [number, number];
    const m = /^that,?\s+/i.exec(text.slice(first[0], first[1]));
    if (m && first[0] + m[0].length < first[1]) {
      segs = trimEdges(text, [[first[0] + m[0].length, first[1]], ...segs.slice(1)], EDGE);
    }
  }
  return joinTouching(text, segs) ?? trimEdges(text, segments, SPACE);
}

/**
 * Segments only whitespace or edge punctuation apart become one (PolNeAR annotators sometimes cut a continuous
 * content at a space or between sentences: "A. | B"; a prediction's "A. B" covers the same words).
 */
function joinTouching(text: string, segs: Segments | null): Segments | null {
  if (!segs) return null;
  const out: Segments = [];
  // in text order: a few gold spans list their segments otherwise ("to be late;The ferry")
  for (const [s, e] of [...segs].sort((a, b) => a[0] - b[0])) {
    const prev = out[out.length - 1];
    if (prev && s >= prev[1] && /^[\s"'“”‘’«»„‟‹›,.;:]*$/.test(text.slice(prev[1], s)))
      prev[1] = Math.max(prev[1], e);
    else out.push([s, e]);
  }
  return out;
}

const spanKey = (segs: Segments) => segs.map(([s, e]) => `${s}-${e}`).join(';');
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
    const key = spanKey(t);
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

/** Exact and overlap matches between the distinct gold and predicted spans of one role in one article. */
export function scoreRole(
  text: string,
  role: Role,
  gold: Segments[],
  pred: Segments[],
  threshold = 0.5,
): RoleCounts {
  const g = distinct(text, gold, role);
  const p = distinct(text, pred, role);
  const predKeys = new Set(p.map(spanKey));
  const exact = g.filter((x) => predKeys.has(spanKey(x))).length;
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

/**
 * The gap between two quotes is only their attribution's sentence ("“A,” he said. “B.”", even across a
 * paragraph break): PolNeAR writes one relation of two segments (dev/test gold: " he said. ", " said Ann
 * Lee, an analyst. ").
 */
export function goesOnAfterCue(gap: string): boolean {
  const inner = gap.replace(/^[\s"'“”‘’«»,.]+/, '').replace(/[\s"'“”‘’«»]+$/, '');
  return (
    inner.length > 0 && inner.length <= 300 && !/["“”«»]|''/.test(inner) && !/\n\s*\S[^\n]*\n/.test(inner)
  );
}

/** Our quotes as PolNeAR relations: a split quote ("A," she said, "B.") becomes one two-segment content. */
export function toRelations(
  text: string,
  quotes: Quote[],
): Array<{ source: Segments | null; cue: Segments | null; content: Segments; quotes: Quote[] }> {
  const out: Array<{ source: Segments | null; cue: Segments | null; content: Segments; quotes: Quote[] }> =
    [];
  const same = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
    a !== null && b !== null && a.start === b.start && a.end === b.end;
  type Relation = (typeof out)[number];
  const lastCue = (r: Relation | undefined) => r?.quotes[r.quotes.length - 1]?.cue ?? null;
  // a relation read inside the attribution of q's report: after the earlier part's cue, before q
  const inAttribution = (r: Relation, before: Relation | undefined, q: Quote) => {
    const cue = lastCue(before);
    return !!cue && same(cue, q.cue) && r.quotes.every((m) => m.start >= cue.end && m.end <= q.start);
  };
  for (const q of [...quotes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    // the report q goes on, past one relation read inside its attribution ("“A,” he said when asked about the
    // pier. “B.”": PolNeAR writes A and B as one relation, and the pier as another)
    let prev = out[out.length - 1];
    const before = out[out.length - 2];
    if (prev && !same(lastCue(prev), q.cue) && inAttribution(prev, before, q)) prev = before;
    const last = prev?.quotes[prev.quotes.length - 1];
    if (
      prev &&
      last &&
      q.cue &&
      last.type === q.type &&
      same(last.cue, q.cue) &&
      (same(last.mention, q.mention) || (!last.mention && !q.mention)) &&
      last.end <= q.cue.start &&
      q.cue.end <= q.start &&
      (!/[.!?;:\n]/.test(text.slice(last.end, q.start)) || goesOnAfterCue(text.slice(last.end, q.start)))
    ) {
      prev.content.push([q.start, q.end]);
      prev.quotes.push(q);
      continue;
    }
    out.push({
      source: q.mention ? [[q.mention.start, q.mention.end]] : null,
      cue: q.cue ? [[q.cue.start, q.cue.end]] : null,
      content: [[q.start, q.end]],
      quotes: [q],
    });
  }
  return out;
}

/** Our quotes as PolNeAR roles: the mention, the cue and the quote's own span(s). */
export function predictedRoles(analysis: Analysis): Record<Role, Segments[]> {
  const out: Record<Role, Segments[]> = { source: [], cue: [], content: [] };
  for (const r of toRelations(analysis.text, analysis.quotes)) {
    if (r.source) out.source.push(r.source);
    if (r.cue) out.cue.push(r.cue);
    out.content.push(r.content);
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

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according|added|adds|wrote|writes|asked|noted|explained)\b/i;

/** What a piece only one side holds at a content's start or end is: the classes of the boundary table. */
function contentPiece(at: 'start' | 'end', t: string): string {
  const words = t.split(/\s+/).filter(Boolean);
  if (ATTRIBUTION.test(t)) return 'attributive phrase';
  if (at === 'start') {
    if (/^that$/i.test(t)) return 'leading "that"';
    if (/^(?:and|but|or|so|yet)$/i.test(t)) return 'leading conjunction';
    if (/["“”«»]|''/.test(t)) return 'lead-in before a quotation mark';
    if (/^(?:which|who|whom|what|whose)$/i.test(t)) return 'relative pronoun';
    if (words.length <= 2 && /^(?:to|about|of|for|on|with|by|from|over|in|at|as|against)\b/i.test(t))
      return 'preposition or "to"';
    return words.length <= 3 ? 'short lead (subject, object, hearer)' : 'longer lead';
  }
  if (/[.!?]["”’]?\s+\S/.test(t)) return 'another sentence';
  if (/^,?\s*(?:and|but|or|while|as)\b/i.test(t)) return 'coordinated clause';
  if (/^,/.test(t)) return 'clause after a comma';
  if (/^[([—–-]/.test(t)) return 'aside, bracket or dash';
  return 'trailing phrase';
}

function cuePiece(at: 'start' | 'end', t: string): string {
  if (/\baccording\b/i.test(t)) return '"according to"';
  if (at === 'start')
    return /^(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|did|does|do|also|not|n't|been|be|\p{L}+ly)\s*)+$/iu.test(
      t,
    )
      ? 'auxiliary or adverb'
      : 'other lead';
  if (/^(?:to|for|about|of|on|by|as|with|that|at|in|over|from|against|into|like)$/i.test(t))
    return 'trailing preposition';
  if (
    /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|earlier|later)\b/i.test(
      t,
    )
  )
    return 'time';
  return 'object, hearer or other';
}

function sourcePiece(at: 'start' | 'end', t: string): string {
  if (at === 'start') {
    if (/^(?:the|a|an|all|both|one of|some|many|even|only|most|several|as|not|nearly)\b/i.test(t))
      return 'determiner or quantifier';
    if (/[-–—]$/.test(t) || /^[\p{Lu}\s,.]+$/u.test(t)) return 'dateline or label';
    return 'title, descriptor or other';
  }
  if (/^,/.test(t)) return 'appositive or relative after a comma';
  if (/^[([]/.test(t)) return 'bracket';
  return 'modifier (time, place, participle, "of")';
}

/**
 * The boundary-mismatch classes of a gold and a predicted span of one role that overlap (≥ 50%) but differ,
 * as normalized for scoring: which side holds a piece the other lacks, where, and what it is ("start gold+
 * leading conjunction", "parts ours+", "end ours+ trailing preposition").
 */
export function boundaryClasses(text: string, role: Role, g: Segments, p: Segments): string[] {
  const out: string[] = [];
  if (g.length !== p.length) {
    const more = g.length > p.length ? 'gold+' : 'ours+';
    const extra = (g.length > p.length ? g : p)[0] as [number, number];
    const rel = /^(?:which|who|whom|what|that)$/i.test(text.slice(extra[0], extra[1]).trim());
    out.push(`${role} parts ${more}${rel ? ' (a relative pronoun first)' : ''}`);
    return out;
  }
  const piece = role === 'content' ? contentPiece : role === 'cue' ? cuePiece : sourcePiece;
  const gs = (g[0] as [number, number])[0];
  const ps = (p[0] as [number, number])[0];
  const ge = (g[g.length - 1] as [number, number])[1];
  const pe = (p[p.length - 1] as [number, number])[1];
  if (gs !== ps)
    out.push(
      `${role} start ${gs < ps ? 'gold+' : 'ours+'} ${piece('start', text.slice(Math.min(gs, ps), Math.max(gs, ps)).trim())}`,
    );
  if (ge !== pe)
    out.push(
      `${role} end ${ge > pe ? 'gold+' : 'ours+'} ${piece('end', text.slice(Math.min(ge, pe), Math.max(ge, pe)).trim())}`,
    );
  if (!out.length) out.push(`${role} parts cut differently`);
  return out;
}

/** The classes of each overlapping, non-exact pair of distinct spans, paired as scoreRole pairs them. */
export function roleBoundaryClasses(text: string, role: Role, gold: Segments[], pred: Segments[]): string[] {
  const g = distinct(text, gold, role);
  const p = distinct(text, pred, role);
  const gKeys = new Set(g.map(spanKey));
  const pKeys = new Set(p.map(spanKey));
  const pairs: Array<[number, number, number]> = [];
  g.forEach((gs, i) => {
    p.forEach((ps, j) => {
      const r = overlapRatio(gs, ps);
      if (r >= 0.5) pairs.push([r, i, j]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: string[] = [];
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    const gs = g[i] as Segments;
    const ps = p[j] as Segments;
    // (a span matched exactly by another is no boundary mismatch)
    if (pKeys.has(spanKey(gs)) || gKeys.has(spanKey(ps))) continue;
    out.push(...boundaryClasses(text, role, gs, ps));
  }
  return out;
}

interface RunTotals {
  counts: Record<Role, RoleCounts>;
  misses: string[];
  boundaries: string[];
  preds: string[];
  /** Boundary-mismatch classes (roleBoundaryClasses) and their counts. */
  classes: Map<string, number>;
  /** Gold relations with a content, and those some prediction overlaps, by kind of cue. */
  byCue: Record<CueKind, { gold: number; found: number }>;
  /** Gold relations by how their content was found (losses), and predictions no gold content overlaps. */
  losses: Record<CueKind, Record<ContentLoss, number>> & { spurious: number };
}

/** How a gold content was found: the same span, ≥ 50% overlap, some shared characters, none. */
export type ContentLoss = 'exact' | 'cut' | 'partial' | 'none';

/** The gold relations of one article by how their content was found, and the predictions no gold overlaps. */
export function contentLosses(
  rec: PolnearRecord,
  analysis: Analysis,
): { gold: Array<{ kind: CueKind; loss: ContentLoss }>; spurious: number } {
  const text = rec.text;
  const preds = toRelations(text, analysis.quotes)
    .map((r) => trimSegments(text, r.content))
    .filter((p): p is Segments => p !== null);
  const golds: Segments[] = [];
  const gold: Array<{ kind: CueKind; loss: ContentLoss }> = [];
  for (const a of rec.attributions) {
    const g = a.content ? trimSegments(text, a.content.spans) : null;
    if (!g) continue;
    golds.push(g);
    const best = Math.max(0, ...preds.map((p) => overlapRatio(g, p)));
    const loss: ContentLoss = preds.some((p) => spanKey(p) === spanKey(g))
      ? 'exact'
      : best >= 0.5
        ? 'cut'
        : preds.some((p) => sharedChars(g, p) > 0)
          ? 'partial'
          : 'none';
    gold.push({ kind: cueKind(a.cue?.text), loss });
  }
  const spurious = preds.filter((p) => !golds.some((g) => overlapRatio(g, p) >= 0.5)).length;
  return { gold, spurious };
}

export type CueKind = 'speech' | 'other';

// "said", "told reporters", "according to", "wrote", ":" — a report of words; the rest are beliefs, plans,
// findings and actions ("believes", "wants", "found", "backs"), which statements never cover.
const SPEECH_CUE =
  /^(?:[:―—–-]|.*\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|write|writes|wrote|writing|according|note|notes|noted|noting|state|states|stated|claim|claims|claimed|announce[sd]?|announcing|argue[sd]?|arguing|insist(?:s|ed|ing)?|warn(?:s|ed|ing)?|explain(?:s|ed|ing)?|report(?:s|ed|ing)?|tweet(?:s|ed|ing)?|ask(?:s|ed|ing)?|declare[sd]?|reply|replied|respond(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|deny|denied|denies|suggest(?:s|ed)?|call(?:s|ed)?|quote[sd]?|concede[sd]?|remark(?:s|ed)?|continue[sd]?)\b.*)$/i;

/** Whether a PolNeAR cue reports words (a heuristic for the misses report, not for scoring). */
export function cueKind(cue: string | null | undefined): CueKind {
  return cue && SPEECH_CUE.test(cue.trim()) ? 'speech' : 'other';
}

const emptyCounts = (): Record<Role, RoleCounts> => ({
  source: { exact: 0, overlap: 0, gold: 0, pred: 0 },
  cue: { exact: 0, overlap: 0, gold: 0, pred: 0 },
  content: { exact: 0, overlap: 0, gold: 0, pred: 0 },
});

const newTotals = (): RunTotals => ({
  counts: emptyCounts(),
  misses: [],
  boundaries: [],
  preds: [],
  classes: new Map(),
  byCue: { speech: { gold: 0, found: 0 }, other: { gold: 0, found: 0 } },
  losses: {
    speech: { exact: 0, cut: 0, partial: 0, none: 0 },
    other: { exact: 0, cut: 0, partial: 0, none: 0 },
    spurious: 0,
  },
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
  const relations = toRelations(text, analysis.quotes);
  const preds = relations.map((r) => trimSegments(text, r.content));
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
  relations.forEach((rel, i) => {
    const q = rel.quotes[0];
    if (lines.length >= max * 2 || !q) return;
    const p = preds[i];
    if (!p || golds.some((g) => g && overlapRatio(g, p) >= 0.5)) return;
    lines.push(
      `${rec.doc_id}: spurious ${q.type} mention=${JSON.stringify(q.mention?.text ?? null)} cue=${JSON.stringify(q.cue?.text ?? null)} content=${JSON.stringify(clip(q.content))} (rule ${q.rule})`,
    );
  });
  return lines;
}

/** Content spans found but cut differently: gold and predicted text side by side (normalized as scored). */
export function describeBoundaries(rec: PolnearRecord, analysis: Analysis, max = 3): string[] {
  const text = rec.text;
  const show = (segs: Segments) => clip(segs.map(([s, e]) => text.slice(s, e)).join(' … '), 140);
  const lines: string[] = [];
  for (const a of rec.attributions) {
    if (lines.length >= max) break;
    const g = a.content ? trimSegments(text, a.content.spans) : null;
    if (!g) continue;
    for (const rel of toRelations(text, analysis.quotes)) {
      const q = rel.quotes[0];
      const p = trimSegments(text, rel.content);
      if (!p || !q || overlapRatio(g, p) < 0.5) continue;
      if (spanKey(g) !== spanKey(p))
        lines.push(
          `${rec.doc_id}: ${a.id}\n  gold ${JSON.stringify(show(g))}\n  ours ${JSON.stringify(show(p))} (${q.type}, rule ${q.rule})`,
        );
      break;
    }
  }
  return lines;
}

function evaluateArticle(rec: PolnearRecord, options: AnalyzeOptions, totals: RunTotals): void {
  const article: Article = { id: rec.doc_id, date: rec.publication_date ?? null, text: rec.text };
  if (rec.title) article.title = rec.title;
  const analysis = analyze(article, options);
  const gold = goldRoles(rec);
  const pred = predictedRoles(analysis);
  const counts = emptyCounts();
  for (const role of ROLES) {
    counts[role] = scoreRole(rec.text, role, gold[role], pred[role]);
    for (const c of roleBoundaryClasses(rec.text, role, gold[role], pred[role]))
      totals.classes.set(c, (totals.classes.get(c) ?? 0) + 1);
  }
  addCounts(totals.counts, counts);
  const preds = pred.content.map((c) => trimSegments(rec.text, c));
  for (const a of rec.attributions) {
    const g = a.content ? trimSegments(rec.text, a.content.spans) : null;
    if (!g) continue;
    const bucket = totals.byCue[cueKind(a.cue?.text)];
    bucket.gold++;
    if (preds.some((p) => p && overlapRatio(g, p) >= 0.5)) bucket.found++;
  }
  const losses = contentLosses(rec, analysis);
  for (const { kind, loss } of losses.gold) totals.losses[kind][loss]++;
  totals.losses.spurious += losses.spurious;
  if (totals.misses.length < 80) totals.misses.push(...describeMisses(rec, analysis, 4));
  if (totals.boundaries.length < 40) totals.boundaries.push(...describeBoundaries(rec, analysis, 2));
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
  const split = opts.polnearSplit ?? process.env.ONRECORD_POLNEAR_SPLIT ?? 'test';
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
    process.stderr.write(
      `eval polnear: ${offsetErrors.length} gold spans do not cover their text, e.g. ${offsetErrors[0]}\n`,
    );
  }
  const statements: RunTotals = newTotals();
  const all: RunTotals = newTotals();
  // PolNeAR's own conventions (src/quotes/polnear/): every kind of attribution, PolNeAR span rules
  const conventions: RunTotals = newTotals();
  // the same with the learned span tagger off: the PolNeAR span rules alone
  const rulesAlone: RunTotals = newTotals();
  const t0 = performance.now();
  let done = 0;
  let failed = 0;
  for (const rec of records.slice(0, limit)) {
    if (performance.now() - t0 > budgetMs) break;
    try {
      evaluateArticle(rec, { kinds: 'statements' }, statements);
      evaluateArticle(rec, { kinds: 'all' }, all);
      evaluateArticle(rec, { kinds: 'all', spans: 'polnear' }, conventions);
      const saved = useSpanTagger('off');
      try {
        evaluateArticle(rec, { kinds: 'all', spans: 'polnear' }, rulesAlone);
      } finally {
        useSpanTagger(saved);
      }
    } catch (e) {
      failed++;
      process.stderr.write(`eval polnear: ${rec.doc_id}: analyze failed: ${(e as Error).message}\n`);
    }
    done++;
  }
  const scope =
    done < records.length ? ` (first ${done} of ${records.length} articles)` : ` (${done} articles)`;
  const set = `polnear-${split}${scope}`;
  const prLine = (role: Role, run: RunTotals = statements) => {
    const c = run.counts[role];
    const p = c.pred ? c.exact / c.pred : 0;
    const r = c.gold ? c.exact / c.gold : 0;
    return `  ${role}: gold ${c.gold}, predicted ${c.pred}, exact ${c.exact} (P ${p.toFixed(3)} R ${r.toFixed(3)}), overlap ${c.overlap}`;
  };
  // boundary classes are for the development splits: test is scored as a whole only
  const classTable = (run: RunTotals, name: string) =>
    split === 'test'
      ? []
      : [
          '',
          `${name}: boundary mismatches (distinct spans overlapping ≥ 50%, not exact) by class, gold+ / ours+ = the side holding the piece:`,
          ...[...run.classes]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([c, n]) => `  ${String(n).padStart(4)}  ${c}`),
        ];
  const classes = [
    ...classTable(statements, 'statements run'),
    ...classTable(conventions, 'polnear spans, all kinds run'),
  ];
  const report = [
    `PolNeAR ${split}: ${done} articles, ${failed} failed, ${offsetErrors.length} gold offset mismatches`,
    'statements run, distinct spans per article (see the definitions at the top of scripts/eval/eval-polnear.ts):',
    ...ROLES.map((r) => prLine(r)),
    'polnear spans, all kinds run:',
    ...ROLES.map((r) => prLine(r, conventions)),
    ...(['speech', 'other'] as CueKind[]).map((k) => {
      const c = statements.byCue[k];
      return `  content recall (overlap), relations whose cue is ${k === 'speech' ? 'a report of words' : 'something else'}: ${c.found}/${c.gold}${c.gold ? ` = ${(c.found / c.gold).toFixed(3)}` : ''}`;
    }),
    ...(['speech', 'other'] as CueKind[]).map((k) => {
      const c = all.byCue[k];
      return `  all kinds run, the same: ${k} ${c.found}/${c.gold}`;
    }),
    'polnear spans, all kinds run, gold relations by how their content was found (exact / cut differently, ≥ 50%' +
      ' overlap / partly, < 50% / not at all), by kind of cue; predictions no gold content overlaps ≥ 50%:',
    ...(['speech', 'other'] as CueKind[]).map((k) => {
      const l = conventions.losses[k];
      return `  ${k}: exact ${l.exact}, cut ${l.cut}, partial ${l.partial}, none ${l.none}`;
    }),
    `  spurious ${conventions.losses.spurious}`,
    ...classes,
    '',
    'content misses (gold relation no prediction overlaps ≥ 50%) and spurious predictions:',
    ...statements.misses,
    '',
    'content found but cut differently (overlap ≥ 50%, not exact), as normalized for scoring:',
    ...statements.boundaries,
    '',
    'polnear spans, all kinds run: content misses and spurious predictions:',
    ...conventions.misses,
    '',
    'polnear spans, all kinds run: content found but cut differently:',
    ...conventions.boundaries,
  ];
  writeFileSync(join(opts.out, `polnear-${split}-misses.txt`), `${report.join('\n')}\n`);
  writeFileSync(join(opts.out, `pred-polnear-${split}.jsonl`), `${statements.preds.join('\n')}\n`);
  if (opts.misses) process.stdout.write(`--- misses on polnear-${split}\n${statements.misses.join('\n')}\n`);
  if (classes.length) process.stdout.write(`--- boundary classes on polnear-${split}${classes.join('\n')}\n`);
  return [
    ...rowsFor(set, statements.counts, true),
    ...rowsFor(`${set} all kinds`, all.counts, false),
    ...rowsFor(`${set} polnear spans, all kinds`, conventions.counts, true),
    ...rowsFor(`${set} polnear spans, rules alone`, rulesAlone.counts, false),
  ];
}
