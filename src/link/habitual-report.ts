import type { Quote } from '../types.js';

// Adverbs of repetition or duration: "repeatedly", "long", "for years", "many times"
const ADVERB =
  '(?:repeatedly|long|often|consistently|always|frequently|previously|regularly|routinely|for (?:years|decades|months|some time)|many times|on (?:many|several|numerous) occasions|again and again|time and again)';
// "Roe has repeatedly said", "has long and loudly argued", "has for years said", "has said many times",
// "she often says", "Roe always tells"
const HABITUAL = new RegExp(
  `\\b(?:(?:has|have)\\s+(?:[\\w-]+\\s+){0,3}?${ADVERB}\\b|(?:repeatedly|often|consistently|always|frequently|regularly|routinely)\\s+(?:says|tells|argues|insists|maintains|claims|warns|notes|calls|describes)\\b)`,
  'i',
);

// A stance held for some time, the words told by a participle after it: "Roe has opposed the toll, saying …", "has
// long backed the plan, arguing …", "has been critical of the bill, calling it …" (not a one-time act: "Roe has
// resigned, saying …").
const STANCE_HELD =
  /\b(?:has|have)\s+(?:(?:\w+ly|long|also|always)\s+)?(?:opposed|supported|backed|resisted|defended|criticized|criticised|fought|championed|campaigned|lobbied|questioned|been\s+(?:critical|opposed|skeptical|sceptical|supportive))\b[^.;!?"\u201C\u201D]*?,\s*(?:saying|arguing|calling|claiming|insisting|contending|warning)\b/i;

/**
 * True when the quote is told as said again and again or for long ("Roe has repeatedly said …", "has long
 * argued", "she often says", "…," Roe has said for years.): words of no one day, which no other statement of the
 * speaker's dates. Read from the speaker's name to the cue and a few words after it, outside the quoted words.
 */
export function isHabitualReport(text: string, quote: Quote): boolean {
  // asked by up to eight date rules of the same quote in a row: the last answer is kept
  if (quote === lastHabitual.quote && text === lastHabitual.text) return lastHabitual.habitual;
  const habitual = readHabitual(text, quote);
  lastHabitual = { text, quote, habitual };
  return habitual;
}
let lastHabitual: { text: string; quote: Quote | null; habitual: boolean } = {
  text: '',
  quote: null,
  habitual: false,
};

function readHabitual(text: string, quote: Quote): boolean {
  const { cue, mention } = quote;
  // (the name only when told near the cue: not one resolved from an earlier sentence)
  const near = mention && (!cue || Math.abs(mention.start - cue.start) <= 120) ? mention : null;
  const spans = [cue, near].filter((s) => s !== null);
  if (spans.length === 0) return false;
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  // (the cue's clause: to the next punctuation or quote mark, at most 30 characters on)
  const after = text.slice(hi, hi + 30).split(/[.,;:!?"\u201C\u201D\n]/)[0] ?? '';
  let frame = text.slice(lo, hi) + after;
  // (not the quoted words between the name and a cue after them)
  if (quote.start >= lo && quote.end <= hi + after.length)
    frame = `${text.slice(lo, quote.start)} ${text.slice(quote.end, hi)}${after}`;
  // (not a relative clause about the speaker: "Roe, who has been mayor for years, said …")
  const told = frame.replace(/,\s*(?:who|which|whose)\b[^,]*,/gi, ' ');
  return HABITUAL.test(told) || STANCE_HELD.test(told);
}
