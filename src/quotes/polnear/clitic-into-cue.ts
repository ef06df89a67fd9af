import type { QuoteContext } from '../quote-context.js';
import { TAGS } from './span-tagger-model.js';

const O = TAGS.indexOf('O');
const B_C = TAGS.indexOf('B-C');
const I_C = TAGS.indexOf('I-C');

const CLITIC = /^['’]s$/i;

/**
 * A cue right after an untagged "'s" that stands for "has" or "is" ("she's hoping", "he's predicted") begins at
 * the "'s": PolNeAR writes the source without it and the cue with it. Rewrites the paragraph's tags in place; true
 * when it changed one.
 */
// She’s hoping the pier reopens. → source "She", cue "’s hoping"
export function cliticIntoCue(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = (k: number) => {
    const t = ctx.tokens[offset + k];
    return t ? ctx.text.slice(t.start, t.end) : '';
  };
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
