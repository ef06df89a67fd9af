import { type QuoteContext, tokenNorm } from '../../quote-context.js';

const QUANTIFIER =
  /^(?:all|every|everyone|everybody|everything|many|much|enough|one|a|an|even|quite|nearly)$/;

/**
 * "said not all boats would be let in", "a host's suggestion that not every pound raised would …", "said not a
 * penny was spent": "not" at token `k` negating the quantifier of the clause's subject (the clause opens there).
 */
export function negatedQuantifierAt(ctx: QuoteContext, k: number): boolean {
  return tokenNorm(ctx, k) === 'not' && QUANTIFIER.test(tokenNorm(ctx, k + 1));
}
