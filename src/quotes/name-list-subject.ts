import { WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { isMonthWord } from '../segment/month-first-name.js';
import type { TextSpan } from '../types.js';
import { leadingTimeAdjunctEnd } from './leading-time-adjunct.js';
import { type QuoteContext, spanOf, tokenIndexAt } from './quote-context.js';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.&'’-]*)*`;
// "Sun, Hewlett-Packard and ", "Dorn and ": names opening the sentence, listed up to a final "and"
const LIST_BEFORE = new RegExp(String.raw`^${NAME}(?:\s*,\s*${NAME})*,?\s+and\s+$`, 'u');
// "May, Lee and Tull said": names before a comma, when the mention is itself the list's "… and …" end
const LIST_HEAD = new RegExp(String.raw`^${NAME}(?:\s*,\s*${NAME})*\s*,\s*$`, 'u');

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
  if (start >= mention.start) return mention;
  const before = ctx.text.slice(start, mention.start);
  if (
    LIST_BEFORE.test(before) ||
    (listEnd(mention.text) && LIST_HEAD.test(before) && allNames(ctx, start, mention.start))
  )
    return spanOf(ctx, start, mention.end);
  return mention;
}

// "Lee and Tull", "Lee, Roe and Tull": a mention of names that ends a list (not "the minister")
const LIST_END = new RegExp(String.raw`^${NAME}\s+and\s+${NAME}$`, 'u');
const listEnd = (text: string): boolean => LIST_END.test(text);

/**
 * True when every word between the offsets is tagged a proper noun or is a month ("May, Lee and Tull said"; a
 * month after a time word was left out before), and none is a weekday (not "However, Lee and Tull said",
 * "Friday, Lee and Tull said").
 */
function allNames(ctx: QuoteContext, start: number, end: number): boolean {
  for (let i = tokenIndexAt(ctx.tokens, start); i >= 0 && (ctx.tokens[i]?.start ?? end) < end; i++) {
    const t = ctx.tokens[i];
    const w = t ? ctx.text.slice(t.start, t.end) : '';
    if (!t || !/[\p{L}\p{N}]/u.test(w)) continue;
    if (WEEKDAY_NAMES.includes(w.toLowerCase()) || (t.pos !== 'PROPN' && !isMonthWord(w))) return false;
  }
  return true;
}
