import type { QuoteContext } from '../../quote-context.js';
import { tokenText } from '../../quote-context.js';

// words that open an adjunct of the cue: "said on Tuesday", "said last week", "said in a statement", "said Friday"
const ADJUNCT_OPENER =
  /^(?:on|in|at|during|after|before|over|last|this|earlier|later|yesterday|today|tonight|recently|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const ADJUNCT_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|ADV|PART)$/;
const MAX_ADJUNCT = 6;

// "The plan, the mayor said on Tuesday, will cost …": the comma closing the cue's short adjunct of time or
// occasion (no verb in it) right after token `k - 1`; -1 when none.
/** Index of the comma after a short verbless adjunct that opens at token `k`, or -1. */
export function cueAdjunctComma(ctx: QuoteContext, k: number, last: number): number {
  if (!ADJUNCT_OPENER.test(tokenText(ctx, k))) return -1;
  for (let j = k + 1; j <= last && j <= k + MAX_ADJUNCT; j++) {
    const w = tokenText(ctx, j);
    if (w === ',') return j;
    // (not "said on Tuesday it was …": a pronoun opens the clause itself)
    if (!ADJUNCT_WORD.test(ctx.tokens[j]?.pos ?? '') || /^(?:that|and|or|but)$/i.test(w)) return -1;
  }
  return -1;
}
