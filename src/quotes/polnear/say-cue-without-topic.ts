import type { QuoteContext } from '../quote-context.js';
import { B_C, I_C, O, tokenReader } from './tag-indices.js';

const SAY = /^(?:say|says|said|saying|write|writes|wrote|writing|add|adds|added|adding)$/i;
const TOPIC = /^(?:of|about|on)$/i;

/**
 * A tagged cue that ends on a verb of saying and the preposition of its topic ("said of the pier") is the verb:
 * PolNeAR's cue leaves the topic's preposition out (train: "said of" 14 cues, "said" before "of" 36). Rewrites
 * the paragraph's tags in place; true when it changed one.
 */
// “It is finished,” Ann Lee said of the pier. → cue "said"
export function sayCueWithoutTopic(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== I_C || tags[k + 1] === I_C || !TOPIC.test(tok(k))) continue;
    if ((tags[k - 1] !== B_C && tags[k - 1] !== I_C) || !SAY.test(tok(k - 1))) continue;
    tags[k] = O;
    changed = true;
  }
  return changed;
}
