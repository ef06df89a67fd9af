import type { QuoteContext } from '../quote-context.js';
import { B_T, I_T, O, tokenReader } from './tag-indices.js';

// a quotation mark the tokenizer left glued to the word it opens: "'A" of ''A pier …'' (the first ' a token of its
// own), "“A"; not a clitic ("’s", "’re") or an elision ("'em")
const GLUED_DOUBLE = /^["“]\p{L}+$/u;
const GLUED_SINGLE = /^['‘’]\p{L}+$/u;
const SINGLE_MARK = /^['‘’]$/;

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
    if (tags[b] !== B_T || tags[b - 1] !== O || sentence(b - 1) !== sentence(b)) continue;
    const glued = tok(b - 1);
    const mark = ctx.tokens[offset + b - 2];
    // ''A: the first ' right before the glued one
    const doubled = b >= 2 && SINGLE_MARK.test(tok(b - 2)) && mark?.end === ctx.tokens[offset + b - 1]?.start;
    if (!GLUED_DOUBLE.test(glued) && !(GLUED_SINGLE.test(glued) && doubled)) continue;
    tags[b - 1] = B_T;
    tags[b] = I_T;
    changed = true;
  }
  return changed;
}
