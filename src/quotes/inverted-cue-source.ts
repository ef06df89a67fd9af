import { WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { mentionAfter } from './find-mention.js';
import { type QuoteContext, tokenIndexAt, tokenText } from './quote-context.js';

// say-verbs that take no object, so a name right after one is its inverted subject
const INTRANSITIVE_SAY = /^(?:said|says|added|adds|explained|noted|stated|continued)$/i;
const DAY_WORD = new RegExp(
  `^(?:${[...WEEKDAY_NAMES].join('|')}|today|yesterday|tonight|earlier|later|last|next|this|late|early)$`,
  'i',
);

/**
 * "Lorne Trust, a unit of the bank, is offering notes, said Orr.": a say-verb after a comma followed by its source
 * and the sentence's end (or a verbless descriptor) is inverted; the subject opening the sentence is the reported clause's, not
 * the speaker. (Not "Orr, a banker, said Friday.": a day is no source.)
 */
export function invertedCueSource(ctx: QuoteContext, group: number, cue: number, last: number): boolean {
  if (group !== cue || tokenText(ctx, group - 1) !== ',' || !INTRANSITIVE_SAY.test(tokenText(ctx, cue)))
    return false;
  const end = ctx.tokens[last]?.end ?? 0;
  const m = mentionAfter(ctx, cue + 1, end);
  if (!m || DAY_WORD.test(tokenText(ctx, cue + 1))) return false;
  const after = tokenIndexAt(ctx.tokens, m.end);
  if (after > last || /^[.!]$/.test(tokenText(ctx, after))) return true;
  // "…, said Orr, an economist.": after a comma only a verbless descriptor (not "said her son's killer, Ray
  // Dunn, had lied": a clause whose subject the comma sets off)
  if (tokenText(ctx, after) !== ',') return false;
  for (let k = after + 1; k <= last; k++) if (/^(?:VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '')) return false;
  return true;
}
