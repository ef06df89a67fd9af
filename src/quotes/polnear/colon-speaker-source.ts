import type { QuoteContext } from '../quote-context.js';
import { B_C, B_S, I_S, O, tokenReader } from './tag-indices.js';

const OPENING = /^["“‘'(]$/;

/**
 * A tagged cue ":" with nothing tagged before it in its sentence, where the sentence opens with at most five
 * words, the first capitalized, takes them as its source: a transcript turn or a headline's speaker
 * ("WALLACE: …", "Ines Kovac: …") that the tagger left untagged. Rewrites the paragraph's tags in place.
 */
// KOVAC: We will not close the harbour. → source "KOVAC"
export function colonSpeakerSource(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_C || tok(k) !== ':') continue;
    let from = k;
    while (from > 0 && sentence(from - 1) === sentence(k) && tags[from - 1] === O) from--;
    if (from > 0 && sentence(from - 1) === sentence(k)) continue;
    while (from < k && OPENING.test(tok(from))) from++;
    if (from === k || k - from > 5 || !/^\p{Lu}/u.test(tok(from))) continue;
    for (let j = from; j < k; j++) tags[j] = j === from ? B_S : I_S;
    changed = true;
  }
  return changed;
}
