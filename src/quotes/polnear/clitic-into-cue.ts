import type { QuoteContext } from '../quote-context.js';
import { B_C, I_C, O, tokenReader } from './tag-indices.js';

const CLITIC = /^['’]s$/i;

/**
 * A cue right after an untagged "'s" that stands for "has" or "is" ("she's hoping", "he's predicted") begins at
 * the "'s": PolNeAR writes the source without it and the cue with it. Rewrites the paragraph's tags in place; true
 * when it changed one.
 */
// She’s hoping the pier reopens. → source "She", cue "’s hoping"
export function cliticIntoCue(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  let changed = false;
  for (let c = 1; c < tags.length; c++) {
    if (tags[c] !== B_C || tags[c - 1] !== O || !CLITIC.test(tok(c - 1))) continue;
    // "has" or "is" before a verb, not the possessive ("the mayor's claim": PolNeAR's source keeps that "'s")
    if (!/^(?:VERB|AUX|ADV|PART)$/.test(ctx.tokens[offset + c]?.pos ?? '')) continue;
    tags[c - 1] = B_C;
    tags[c] = I_C;
    changed = true;
  }
  return changed;
}
