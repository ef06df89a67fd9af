import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';

// Quoted words of one or two words (a scare quote), which the sentence may hold: “disgrace”.
const LONGER_QUOTE = /["\u201C\u201D](?:[^"\u201C\u201D\s]+\s+){2,}[^"\u201C\u201D]*["\u201C\u201D]/;

/**
 * The sentence right before a quote whose words, cue or speaker open their own sentence (one paragraph break
 * between them at most), when it holds no longer quotation of its own: "On Friday Roe blasted the plan. ¶ “It will
 * fail,” she said." → "On Friday Roe blasted the plan." `text` is the article's text without abbreviation periods.
 */
export function sentenceBeforeQuote(text: string, quote: Quote): { start: number; end: number } | null {
  const anchor = Math.min(
    quote.start - 1,
    quote.cue?.start ?? quote.start,
    quote.mention?.start ?? quote.start,
  );
  let end = anchor;
  // (quote marks of '' too: "… Mrs. Clinton from multiple angles. ¶ ''She has been saying …''")
  while (end > 0 && /[\s"'\u201C\u201D]/.test(text.charAt(end - 1))) end--;
  if (!/[.!?]/.test(text.charAt(end - 1))) return null;
  if ((text.slice(end, anchor).match(/\n/g) ?? []).length > 2) return null;
  const start = sentenceStartBefore(text, end - 1);
  if (LONGER_QUOTE.test(text.slice(start, end))) return null;
  return { start, end };
}

/** True when a time expression from `from` on stands before the end of the quote's own sentence: "…," she said Monday. */
export function quoteSentenceNamesTime(
  text: string,
  timexes: TimeExpression[],
  quote: Quote,
  from: number,
): boolean {
  const ownEnd = text.slice(quote.end).search(/[.!?\n]/);
  const ownStop = ownEnd < 0 ? text.length : quote.end + ownEnd;
  const next = timexes[firstStartingAt(timexes, from)];
  return next !== undefined && next.start < ownStop;
}

/** Where the sentence ending at `end` starts: after the last ". ", "! ", "? " or line break before it. */
function sentenceStartBefore(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text.charAt(i + 1))) return i + 1;
  }
  return 0;
}
