import type { Quote, TimeExpression } from '../types.js';
import { hasTimeWithin, sentenceStartAt } from './when-rule.js';

// A sentence opening with an interview: "In an interview with Lorne Radio, …", "During a television interview, …".
const OPENS_INTERVIEW =
  /^["'\u201C\u201D\s]*(?:In|During)\s+(?:an?|one|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?interview\b/iu;

/**
 * True when the sentence right before the quote's, in its paragraph, opens with an interview and gives it no time:
 * "In an interview with Lorne Radio, Perra also criticized the judge. "She has no right," he said." — words of
 * that interview, whose day the story does not tell (not the speaker's day named earlier).
 */
export function isAfterUndatedInterview(
  text: string,
  quote: Quote,
  timexes: readonly TimeExpression[],
): boolean {
  const at = Math.min(quote.start, quote.cue?.start ?? quote.start, quote.mention?.start ?? quote.start);
  const own = sentenceStartAt(text, at);
  // the sentence before: back over the blanks and quote marks before the quote's sentence, not across a line break
  let p = own - 1;
  while (p > 0 && /[\s"'\u201C\u201D]/.test(text[p] ?? '') && text[p] !== '\n') p--;
  if (p <= 0 || text[p] === '\n' || !/[.!?]/.test(text[p] ?? '')) return false;
  const from = sentenceStartAt(text, p);
  const sentence = text.slice(from, p + 1);
  return OPENS_INTERVIEW.test(sentence) && !hasTimeWithin(timexes, from, p + 1);
}
