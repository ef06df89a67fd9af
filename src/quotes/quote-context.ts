import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Sentence, TextSpan, Token } from '../types.js';
import { insideSomeRange } from './span-index.js';

/** What every quote rule reads: the text, its segmentation, and helpers over tokens. */
export interface QuoteContext {
  text: string;
  seg: Segmentation;
  tokens: Token[];
  /** Ranges covered by quote marks and their contents (direct-quote candidates, kept or not). */
  quoted: { start: number; end: number }[];
  /** Span conventions asked for (AnalyzeOptions.spans); unset means GUIDE.md's. */
  spans?: 'guide' | 'polnear';
}

export function makeContext(doc: Document, seg: Segmentation): QuoteContext {
  return textContext(doc.text, seg);
}

/** A context over `text` with no quoted ranges, for rules after the quote stage that read phrases with its helpers. */
export function textContext(text: string, seg: Segmentation): QuoteContext {
  return { text, seg, tokens: seg.tokens, quoted: [] };
}

/** Index of the first of `items` (in text order) that starts at or after `at`: a binary search. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

/** The token starting at `offset`, if any: a binary search. */
export function tokenStartingAt(tokens: Token[], offset: number): Token | undefined {
  const t = tokens[firstStartingAt(tokens, offset)];
  return t?.start === offset ? t : undefined;
}

/** Indexes of a sentence's first and last tokens (`last` ≥ `first`). */
export function sentenceTokenRange(tokens: Token[], s: { start: number; end: number }): [number, number] {
  const first = tokenIndexAt(tokens, s.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? s.end) < s.end) last++;
  return [first, last];
}

export function tokenText(ctx: QuoteContext, i: number): string {
  const t = ctx.tokens[i];
  return t ? t.text : '';
}

/** `tokenText(ctx, i).toLowerCase()` without a copy: the token's norm. */
export function tokenNorm(ctx: QuoteContext, i: number): string {
  return ctx.tokens[i]?.norm ?? '';
}

export function spanOf(ctx: QuoteContext, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}

export function sentenceAt(ctx: QuoteContext, offset: number): Sentence | undefined {
  const ss = ctx.seg.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // between sentences: the one before
  return ss[Math.max(0, Math.min(ss.length - 1, hi))];
}

export function isInsideQuoted(ctx: QuoteContext, offset: number): boolean {
  return insideSomeRange(ctx.quoted, offset);
}

export const QUOTE_MARK = /^["“”„‟«»‘’'‚‹›`]$/;
export const isCapitalized = (w: string) => /^[\p{Lu}]/u.test(w);
