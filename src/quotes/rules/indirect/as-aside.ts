import { type QuoteContext, tokenText } from '../../quote-context.js';

/**
 * "The plan, as Ola Roe said, will cost …", "The plan will cost …, as Ola Roe said.": the comma before an "as" that
 * opens the source's aside, when token `k` is that "as"; -1 otherwise. The clause the aside sits in is what the
 * source said, as in "The plan, Ola Roe said, will cost …".
 */
export function asAsideComma(ctx: QuoteContext, k: number): number {
  return tokenText(ctx, k) === 'as' && tokenText(ctx, k - 1) === ',' ? k - 1 : -1;
}
