import { type QuoteContext, tokenText } from './quote-context.js';

/**
 * "The Paris-based watchdog said", "the state-run Tarn Sugar Corp": the first token of a hyphenated word ending at
 * token `k` whose last piece is lower case (a participle the tagger calls a verb), when it stands before the head of
 * a noun phrase (token `head`); -1 otherwise.
 */
export function hyphenModifierStart(ctx: QuoteContext, k: number, min: number, head: number): number {
  const last = ctx.tokens[k];
  const dash = ctx.tokens[k - 1];
  const first = ctx.tokens[k - 2];
  if (!last || !dash || !first || k - 2 < min) return -1;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokenText(ctx, k)) || tokenText(ctx, k - 1) !== '-') return -1;
  if (dash.end !== last.start || first.end !== dash.start) return -1;
  if (!/[\p{L}\p{N}.]$/u.test(tokenText(ctx, k - 2))) return -1;
  // a capitalised first piece only with a common noun heading the phrase ("the London-based bank", "Oslo-based group
  // Tarvo"), not before a name that is all of it ("the Oscar-nominated Owen", "the Kurdish-led Tarn Forces")
  const common = /^\p{Ll}/u.test(tokenText(ctx, k + 1)) || /^\p{Ll}/u.test(tokenText(ctx, head));
  return /^\p{Lu}/u.test(tokenText(ctx, k - 2)) && !common ? -1 : k - 2;
}
