import type { QuoteContext } from '../quote-context.js';
import { B_S, I_S, O, tokenReader } from './tag-indices.js';

const RELATIVE = /^(?:who|whom|which)$/i;
// the part of speech a subject noun phrase opens with
const SUBJECT_START = /^(?:PROPN|NOUN|DET|PRON|NUM|ADJ)$/;

/**
 * A tagged source that opens with a relative pronoun followed by a subject of its own ("…, whom Ann Lee called a
 * hero", "…, who many in the party see as …") loses the pronoun: it is the object of the report, and the source is
 * the subject after it. "who said …" (the pronoun is the subject) is left to `trim-tagged-source`. Rewrites the
 * paragraph's tags in place; true when it changed one.
 */
// the mayor, whom Ann Lee called a hero → source "Ann Lee"
export function relativeBeforeSubjectSource(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_S || tags[b + 1] !== I_S || !RELATIVE.test(tok(b))) continue;
    if (!SUBJECT_START.test(ctx.tokens[offset + b + 1]?.pos ?? '')) continue;
    tags[b] = O;
    tags[b + 1] = B_S;
    changed = true;
  }
  return changed;
}
