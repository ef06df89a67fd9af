import type { TextSpan } from '../types.js';
import { type QuoteContext, spanOf, tokenNorm } from './quote-context.js';

// the participles that make "those" a poll's respondents
const POLLED = /^(?:polled|surveyed|questioned|interviewed|sampled)$/;
const QUANTIFIER = /^(?:most|many|some|half|all|none|few|several|both|each)$/;

/**
 * "Most of those polled said …", "61 percent of those surveyed said …", "those questioned said …": a poll's
 * respondents ending at token `j`; the phrase runs from its quantifier (found by `quantifierPhrase`, the noun
 * phrase ending before "of") or from "those". Null when `j` is no such participle after "those".
 */
export function respondentsSubject(
  ctx: QuoteContext,
  j: number,
  min: number,
  quantifierPhrase: (ctx: QuoteContext, j: number, min: number) => TextSpan | null,
): TextSpan | null {
  if (!POLLED.test(tokenNorm(ctx, j)) || tokenNorm(ctx, j - 1) !== 'those' || j - 1 < min) return null;
  const end = ctx.tokens[j]?.end ?? 0;
  const those = ctx.tokens[j - 1]?.start ?? 0;
  if (tokenNorm(ctx, j - 2) !== 'of' || j - 3 < min) return spanOf(ctx, those, end);
  // ("Most of those polled": a quantifier the tagger calls an adjective)
  const start = QUANTIFIER.test(tokenNorm(ctx, j - 3))
    ? ctx.tokens[j - 3]?.start
    : quantifierPhrase(ctx, j - 3, min)?.start;
  return spanOf(ctx, start ?? those, end);
}
