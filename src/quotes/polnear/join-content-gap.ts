import type { QuoteContext } from '../quote-context.js';
import { B_T, I_T, O } from './tag-indices.js';

/**
 * Two tagged contents of one sentence with at most two untagged tokens between them are one content: the
 * tagger drops a token or two inside a long clause ("Ohio, Florida, and Nevada" read as "Ohio" … "and Nevada").
 * Rewrites the paragraph's tags (indices into TAGS, tokens offset + 0 …) in place; true when it changed one.
 */
// Voters in Ohio, Florida, and Nevada backed him, the poll found. → one content
export function joinContentGap(ctx: QuoteContext, tags: Uint8Array, offset: number, maxGap = 2): boolean {
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_T && tags[k] !== I_T) continue;
    if (tags[k + 1] === I_T) continue;
    let j = k + 1;
    while (j < tags.length && tags[j] === O && j - k - 1 < maxGap) j++;
    if (j === k + 1 || tags[j] !== B_T || sentence(j) !== sentence(k)) continue;
    for (let m = k + 1; m <= j; m++) tags[m] = I_T;
    changed = true;
  }
  return changed;
}
