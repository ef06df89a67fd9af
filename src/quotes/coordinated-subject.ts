import type { TextSpan } from '../types.js';
import { leadingTimeAdjunctEnd } from './leading-time-adjunct.js';
import { isCapitalized, type QuoteContext, tokenIndexAt, tokenNorm, tokenText } from './quote-context.js';

// single words that date a clause rather than name anyone
const TIME_WORD =
  /^(?:yesterday|today|tonight|tomorrow|now|meanwhile|recently|earlier|later|currently|separately|however|instead|also)$/i;

type PhraseEndingAt = (ctx: QuoteContext, j: number, min: number) => TextSpan | null;

/**
 * "Some parties and social groups said", "The envoys of Norland, Tarnia and the Dale Republic said": when the phrase
 * starting at token `s` follows "and", the first token of the whole coordination, provided it opens the clause at
 * `min` (after a time phrase at most); -1 otherwise ("Prices fell and analysts said": no noun phrase before "and";
 * "Talks ended, the minister said": no "and"). Items set off by commas before the "and" are single names; with
 * none, the phrase after "and" opens in lower case ("the minister", not "the Pacific").
 */
export function coordinatedSubjectStart(
  ctx: QuoteContext,
  s: number,
  min: number,
  np: PhraseEndingAt,
): number {
  if (s - 2 < min || tokenNorm(ctx, s - 1) !== 'and') return -1;
  const opening = leadingTimeAdjunctEnd(ctx, min, s - 1);
  const named =
    isCapitalized(tokenText(ctx, s)) ||
    (/^the$/i.test(tokenText(ctx, s)) && isCapitalized(tokenText(ctx, s + 1)));
  let k = s - 2;
  for (let n = 0; n < 6; n++) {
    const left = np(ctx, k, min);
    if (!left) return -1;
    const a = tokenIndexAt(ctx.tokens, left.start);
    // (with no list before it, a name after "and" is a source of its own, or ends a name: "analysts and Ola Berg
    // said", "the Commission for Asia and the Pacific said"; a phrase in lower case joins: "his deputy")
    if (n === 0 && named && tokenText(ctx, a - 1) !== ',') return -1;
    if (a === min || (opening > min && a === opening)) return a;
    // "Norland, Tarnia and the Dale Republic": a name between commas continues the list
    // ("Yesterday, Tarn Bank and the union said": not a time word)
    if (tokenText(ctx, a - 1) !== ',' || a !== k || !isCapitalized(tokenText(ctx, a))) return -1;
    if (leadingTimeAdjunctEnd(ctx, a, a + 2) > a || TIME_WORD.test(tokenText(ctx, a))) return -1;
    k = a - 2;
  }
  return -1;
}
