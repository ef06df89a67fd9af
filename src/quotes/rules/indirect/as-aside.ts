import { type QuoteContext, tokenText } from '../../quote-context.js';

/**
 * "The plan, as Ola Roe said, will cost …", "The plan will cost …, as Ola Roe said.": the comma before an "as" that
 * opens the source's aside, when token `k` is that "as"; -1 otherwise. The clause the aside sits in is what the
 * source said, as in "The plan, Ola Roe said, will cost …"; not with the present "say" of a saying (`cue` is the
 * verb's token).
 */
export function asAsideComma(ctx: QuoteContext, k: number, cue: number): number {
  // (not a saying in the present: "as they say", "as the man says")
  if (/^says?$/i.test(tokenText(ctx, cue))) return -1;
  // (nor a proposal: "One can debate a tax on trades, as Ola Roe proposes": the clause is the writer's)
  if (/^(?:propos|recommend|advocat|urg|demand)/i.test(tokenText(ctx, cue))) return -1;
  return tokenText(ctx, k) === 'as' && tokenText(ctx, k - 1) === ',' ? k - 1 : -1;
}
