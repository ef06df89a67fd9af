import { countMatches, WORD_RUN } from '../count-matches.js';
import type { TextSpan } from '../types.js';
import { type QuoteContext, spanOf, tokenIndexAt, tokenText } from './quote-context.js';

// an unnamed person's descriptor: a determiner or number, then lower-case words ("one senior official")
const DESCRIPTOR =
  /^(?:a|an|one|two|three|four|several|some|another|other)\s+(?:[\p{Ll}.-]+\s+|\p{Lu}[\p{L}.]*\s+){0,4}\p{Ll}[\p{Ll}-]+/iu;
// "who spoke on condition of anonymity", "involved in the talks", "familiar with the plan", "speaking privately"
const OPENS = /^(?:who|involved|familiar|close|knowledgeable|responsible|speaking|briefed)$/i;
const PREPOSITION_ING = /^(?:following|including|regarding|concerning|considering|excluding|pending)$/i;

/**
 * '…," says one senior official involved in the talks.' / 'according to a U.S. official who spoke on condition of
 * anonymity.': a descriptor's participle or relative clause, running with no break to the sentence's end, is part
 * of who speaks. The mention found before it, widened to that end; the mention itself otherwise.
 */
export function withPostmodifier(ctx: QuoteContext, mention: TextSpan, max: number): TextSpan {
  if (!DESCRIPTOR.test(mention.text)) return mention;
  let p = tokenIndexAt(ctx.tokens, mention.end);
  const lastWord = p - 1;
  // the tagger may have taken the participle into the noun phrase ("one senior official involved")
  if (OPENS.test(tokenText(ctx, lastWord)) && lastWord > tokenIndexAt(ctx.tokens, mention.start) + 1)
    p = lastWord;
  const open = tokenText(ctx, p);
  const t = ctx.tokens[p];
  if (!t || t.start >= max) return mention;
  // (not a preposition in -ing: '…," said another official following talks with the bank.')
  const participle =
    t.pos === 'VERB' &&
    /(?:ed|ing)$/i.test(open) &&
    !/^(?:said|saying)$/i.test(open) &&
    !PREPOSITION_ING.test(open);
  if (!OPENS.test(open) && !participle) return mention;
  // "who" opens a clause only with its verb next
  if (/^who$/i.test(open) && !/^(?:VERB|AUX)$/.test(ctx.tokens[p + 1]?.pos ?? '')) return mention;
  const rest = ctx.text.slice(t.start, max);
  const tail = /^([^,;:()"“”«»—–]*?)\s*[.!?]?\s*["”’»]?\s*$/u.exec(rest);
  if (!tail?.[1]) return mention;
  const words = countMatches(WORD_RUN, tail[1], 13);
  if (words < 2 || words > 12) return mention;
  return spanOf(ctx, mention.start, t.start + tail[1].length);
}
