import { type QuoteContext, tokenNorm, tokenText } from './quote-context.js';

const CONNECTIVE =
  /^(?:meanwhile|meantime|however|though|too|also|moreover|furthermore|nonetheless|nevertheless|therefore|instead|likewise|similarly|still|thus)$/;

// "Kopp, meanwhile, may have crossed the border, said Tull.": a name, a sentence adverb set off by commas, then a
// finite verb is a clause with its subject, not a speaker described before the cue ("Ann Lee, a doctor, said").
/**
 * True when the comma at token `c` opens a lone connective adverb aside followed by a finite verb before the
 * separator `j` that precedes the cue (not "Ann Lee, however, has said", where the verb is the cue's own).
 */
export function adverbAsideOpensClause(ctx: QuoteContext, c: number, j: number): boolean {
  if (c + 3 >= j) return false;
  if (tokenText(ctx, c) !== ',' || !CONNECTIVE.test(tokenNorm(ctx, c + 1)) || tokenText(ctx, c + 2) !== ',')
    return false;
  const v = ctx.tokens[c + 3];
  if (!v) return false;
  if (v.pos === 'AUX') return true;
  return v.pos === 'VERB' && !/ing$/i.test(tokenText(ctx, c + 3));
}
