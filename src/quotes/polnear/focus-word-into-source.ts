import type { QuoteContext } from '../quote-context.js';
import { B_S, I_S, O, tokenReader } from './tag-indices.js';

// words that narrow the noun phrase they open: "Not everyone", "Only a third", "Neither Lee nor Ruiz"
const FOCUS = /^(?:not|only|neither|nearly|almost|roughly)$/i;

/**
 * An untagged focus word right before a tagged source ("Not everyone", "Only 30 percent of the crew", "at least
 * a dozen members", "Neither Ann Lee nor Tom Ruiz") is the source's first word: PolNeAR writes it in the noun
 * phrase it narrows. Not after a verb ("it was not the crew that …"). Rewrites the paragraph's tags in place;
 * true when it changed one.
 */
// Not everyone agreed that the pier was safe. → source "Not everyone"
export function focusWordIntoSource(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_S || tags[b - 1] !== O || sentence(b - 1) !== sentence(b)) continue;
    let from = b - 1;
    if (/^least$/i.test(tok(from)) && from > 0 && /^at$/i.test(tok(from - 1)) && tags[from - 1] === O) from--;
    else if (!FOCUS.test(tok(from))) continue;
    const before = ctx.tokens[offset + from - 1];
    if (from > 0 && before?.sentence === sentence(b) && /^(?:VERB|AUX)$/.test(before.pos)) continue;
    for (let k = from; k <= b; k++) tags[k] = k === from ? B_S : I_S;
    changed = true;
  }
  return changed;
}
