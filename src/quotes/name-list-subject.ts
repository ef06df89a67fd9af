import type { TextSpan } from '../types.js';
import { leadingTimeAdjunctEnd } from './leading-time-adjunct.js';
import { type QuoteContext, spanOf, tokenIndexAt } from './quote-context.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.&'’-]*)*`;
// "Sun, Hewlett-Packard and ", "Dorn and ": names opening the sentence, listed up to a final "and"
const LIST_BEFORE = new RegExp(String.raw`^${NAME}(?:\s*,\s*${NAME})*,?\s+and\s+$`, 'u');

/**
 * "Sun, Hewlett-Packard and others say …": the subject the mention finder stopped at the last item of is the whole
 * list opening the sentence; the mention itself otherwise.
 */
export function withNameListBefore(
  ctx: QuoteContext,
  mention: TextSpan | null,
  sentenceStart: number,
): TextSpan | null {
  if (!mention || mention.start <= sentenceStart) return mention;
  // ("Yesterday, Tarn Bank and Ola Berg said": a time phrase opening the sentence is no item of the list)
  const first = tokenIndexAt(ctx.tokens, sentenceStart);
  const past =
    first >= 0 ? leadingTimeAdjunctEnd(ctx, first, tokenIndexAt(ctx.tokens, mention.start)) : first;
  const start = past > first ? (ctx.tokens[past]?.start ?? sentenceStart) : sentenceStart;
  if (start >= mention.start || !LIST_BEFORE.test(ctx.text.slice(start, mention.start))) return mention;
  return spanOf(ctx, start, mention.end);
}
