import type { QuoteContext } from '../quote-context.js';
import { B_C, B_S, B_T, I_S, I_T, O, tokenReader } from './tag-indices.js';

const OPENING = /^["“‘'(]$/;
const CAPS = /^\p{Lu}[\p{Lu}.’'-]+$/u;

/**
 * A tagged content that opens its sentence with a speaker's label in capitals and a colon ("KOVAC: We will …",
 * a transcript turn) begins after the colon: the label is its source and the colon its cue. Rewrites the
 * paragraph's tags in place; true when it changed one.
 */
// KOVAC: We will not close the harbour. → source "KOVAC", cue ":", content "We will not close the harbour"
export function speakerLabelInContent(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_T || (b > 0 && sentence(b - 1) === sentence(b) && !OPENING.test(tok(b - 1)))) continue;
    let from = b;
    while (from < tags.length && OPENING.test(tok(from))) from++;
    let colon = from;
    while (colon < from + 3 && CAPS.test(tok(colon))) colon++;
    if (colon === from || tok(colon) !== ':' || tags[colon] !== I_T || tags[colon + 1] !== I_T) continue;
    for (let j = b; j < colon; j++) tags[j] = j < from ? O : j === from ? B_S : I_S;
    tags[colon] = B_C;
    tags[colon + 1] = B_T;
    changed = true;
  }
  return changed;
}
