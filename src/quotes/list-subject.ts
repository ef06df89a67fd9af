import { type QuoteContext, tokenText } from './quote-context.js';

const ITEM_WORD = /^(?:NOUN|ADJ)$/;

/**
 * "Security, stability and prosperity would be …, said Ann Roe": true when comma `k` after a word opens the rest of a
 * list of lower-case nouns (a few words each, the last after "and"/"or") that a verb follows before token `max` — the
 * word before the comma is the list's first item, the subject of that verb, not a speaker set off by commas.
 */
export function continuesNounList(ctx: QuoteContext, k: number, max: number): boolean {
  let i = k;
  let joined = false;
  while (i < max && !joined) {
    if (tokenText(ctx, i) !== ',' && !/^(?:and|or)$/.test(tokenText(ctx, i))) return false;
    if (/^(?:and|or)$/.test(tokenText(ctx, i))) joined = true;
    i++;
    if (tokenText(ctx, i) === 'and' || tokenText(ctx, i) === 'or') {
      joined = true;
      i++;
    }
    const from = i;
    while (
      i < max &&
      i - from < 3 &&
      ITEM_WORD.test(ctx.tokens[i]?.pos ?? '') &&
      /^\p{Ll}[\p{L}-]*$/u.test(tokenText(ctx, i))
    )
      i++;
    if (i === from) return false;
  }
  if (!joined || i >= max) return false;
  const verb = ctx.tokens[i];
  return (verb?.pos === 'AUX' || verb?.pos === 'VERB') && !/ing$/i.test(tokenText(ctx, i));
}
