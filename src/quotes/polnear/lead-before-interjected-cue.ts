import type { QuoteContext } from '../quote-context.js';
import { B_C, B_S, B_T, I_C, I_S, I_T, O, tokenReader } from './tag-indices.js';

const MARK = /^[.,;:!?"“”‘’'()[\]—–―-]+$/;

/**
 * A tagged content that follows an attribution set off by commas inside its sentence, with the sentence's opening
 * words untagged before it ("Too often, Ann Lee said, the debate …"), takes those words as its first part:
 * PolNeAR writes the report round its interjected attribution as one content of two segments. Rewrites the
 * paragraph's tags in place; true when it changed one.
 */
// Back in Lisbon, Ines Valdo said, she joined the council. → "Back in Lisbon" … "she joined the council"
export function leadBeforeInterjectedCue(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let b = 2; b < tags.length; b++) {
    if (tags[b] !== B_T || tok(b - 1) !== ',' || tags[b - 1] !== O) continue;
    // back over the cue, then the source, to the comma before them
    let k = b - 2;
    const cueEnd = k;
    while (k >= 0 && (tags[k] === I_C || tags[k] === B_C) && sentence(k) === sentence(b)) k--;
    if (k === cueEnd || tags[k + 1] !== B_C) continue;
    const sourceEnd = k;
    while (k >= 0 && (tags[k] === I_S || tags[k] === B_S) && sentence(k) === sentence(b)) k--;
    if (k === sourceEnd || tags[k + 1] !== B_S) continue;
    if (k < 1 || tok(k) !== ',' || tags[k] !== O) continue;
    // the lead: untagged words from the sentence's start to that comma
    const leadEnd = k;
    let from = k;
    while (from > 0 && sentence(from - 1) === sentence(b) && tags[from - 1] === O) from--;
    if (from > 0 && sentence(from - 1) === sentence(b)) continue;
    if (from === leadEnd || MARK.test(tok(from)) || /["“”]/.test(tok(from))) continue;
    for (let j = from; j < leadEnd; j++) tags[j] = j === from ? B_T : I_T;
    changed = true;
  }
  return changed;
}
