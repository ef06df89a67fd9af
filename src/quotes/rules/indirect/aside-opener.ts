import { type QuoteContext, tokenText } from '../../quote-context.js';

// past participles that do not end in -ed/-en: "the panel, set up last year, will …"
export const IRREGULAR_PARTICIPLE =
  /^(?:set|put|cut|held|built|led|sold|paid|bought|brought|kept|sent|spent|left|lost|made|hit|found|told|won|run|struck|bound|sought|caught|taught|fed|shut|spread|split|hung|laid|dealt|meant|read)$/i;
// words that open a subordinate clause set off by commas: "the wheat trade, because wheat grows anywhere, is …"
// (only those with no other reading: not "as well as", "once again", "since then", "while" or "when" of a clause
// that goes on past the comma)
const SUBORDINATOR = /^(?:because|although|though|whereas|unless)$/i;

// "said the panel, set up last October to examine imports, would report soon", "said the wheat trade, because wheat
// grows in many nations, is a good barometer": after the comma that follows the subject, an irregular participle or
// a subordinator opens an aside whose verbs are its own; the clause's verb comes after the closing comma.
/** True when token `i`, right after the comma at `i - 1`, opens an aside (irregular participle or subordinator). */
export function opensAside(ctx: QuoteContext, i: number): boolean {
  if (tokenText(ctx, i - 1) !== ',') return false;
  const w = tokenText(ctx, i);
  const p = ctx.tokens[i]?.pos ?? '';
  if (SUBORDINATOR.test(w)) return p === 'SCONJ' || p === 'ADP';
  return IRREGULAR_PARTICIPLE.test(w) && p === 'VERB';
}
