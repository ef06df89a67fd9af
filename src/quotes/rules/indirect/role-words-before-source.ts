import { type QuoteContext, tokenText } from '../../quote-context.js';

// "…, arranger and co-lead manager <Lorne Banking Corp> said", "…, lead manager <Tarn Bank> said": the wire's roles
// of a bank in a deal, lower-case nouns (one the tagger calls a verb: "lead"), joined by "and", before the name or
// the name's angle brackets. Only such words, with no article, back to the comma that ends the reported clause.
const ROLE_WORD =
  /^(?:lead|co-lead|co|managers?|arrangers?|underwriters?|agents?|advisers?|advisors?|brokers?|dealers?|trustees?|bookrunners?)$/i;

/** The comma before role words ending at token `at` (the token before the source's name), or -1. */
export function roleWordsBeforeSource(ctx: QuoteContext, at: number, first: number): number {
  let k = tokenText(ctx, at) === '<' ? at - 1 : at;
  let roles = 0;
  for (; k > first && k > at - 8; k--) {
    const w = tokenText(ctx, k);
    if (w === ',') return roles > 0 ? k : -1;
    // ("co-lead": a hyphen inside the word)
    if (w === '-' && ctx.tokens[k - 1]?.end === ctx.tokens[k]?.start) continue;
    if (w === 'and') continue;
    if (!ROLE_WORD.test(w)) return -1;
    roles++;
  }
  return -1;
}
