import type { QuoteContext } from '../quote-context.js';
import { B_T, I_T, O, tokenReader } from './tag-indices.js';

const JOINER = /^(?:and|but|or|nor|which|who|whom|whose|while|because|,)$/i;
const WORD = /^\p{L}/u;

/**
 * A tagged content never ends on a word that opens what follows ("…, and", "…, which"): the tagger stopped a
 * token late. Those words and a comma before them are untagged. Rewrites the paragraph's tags in place; true
 * when it changed one.
 */
// The pier will reopen, and the mayor left. → "The pier will reopen", not "The pier will reopen, and"
export function trimDanglingJoiner(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== I_T || tags[k + 1] === I_T) continue;
    // only inside a sentence that goes on with words: "…, and the mayor left"
    if (!WORD.test(tok(k + 1)) || ctx.tokens[offset + k + 1]?.sentence !== ctx.tokens[offset + k]?.sentence)
      continue;
    let e = k;
    while (e > 0 && tags[e] === I_T && JOINER.test(tok(e))) e--;
    if (e === k || (tags[e] !== I_T && tags[e] !== B_T)) continue;
    for (let m = e + 1; m <= k; m++) tags[m] = O;
    changed = true;
  }
  return changed;
}
