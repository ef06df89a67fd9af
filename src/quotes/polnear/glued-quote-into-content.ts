import type { QuoteContext } from '../quote-context.js';
import { B_T, I_T, O, tokenReader } from './tag-indices.js';

// a quotation mark the tokenizer left glued to the word it opens: "'A" of ''A pier …''
const GLUED = /^['‘’"“]+\p{L}+$/u;

/**
 * An untagged token that is an opening quotation mark glued to a word (the tokenizer reads ''A of "''A pier is
 * …''" as one token, as it reads 'em) right before a tagged content is the content's first word: the tagger,
 * meeting an odd token, leaves it out ("pier is …" for "A pier is …"). Rewrites the paragraph's tags in place;
 * true when it changed one.
 */
// ''A new pier is overdue,'' Ann Lee said. → "''A new pier is overdue"
export function gluedQuoteIntoContent(ctx: QuoteContext, tags: Uint8Array, offset: number): boolean {
  const tok = tokenReader(ctx, offset);
  const sentence = (k: number) => ctx.tokens[offset + k]?.sentence ?? -1;
  let changed = false;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_T || tags[b - 1] !== O || sentence(b - 1) !== sentence(b) || !GLUED.test(tok(b - 1)))
      continue;
    tags[b - 1] = B_T;
    tags[b] = I_T;
    changed = true;
  }
  return changed;
}
