import { countMatches } from '../../../count-matches.js';
import type { QuoteContext } from '../../quote-context.js';

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|['’]\p{L}+/gu;

const SUBJECT = /^(?:it|they|he|she|we|i|you|this|that|there)$/i;
const AUXILIARY =
  /^(?:would|will|might|may|could|can|should|must|shall|did|does|do|had|has|have|was|were|is|are|be|been|not|can['’]t|won['’]t)$|^(?:would|could|should|might|must|did|does|do|had|has|have|was|were|is|are)n['’]t$/i;

// "The plan failed, as Roe said it would.", "…, as Roe had said it might.": a pronoun and a bare auxiliary or modal
// with nothing after it stands for a clause said elsewhere; it reports no content of its own (not "Roe said it
// would close.").
/** True when the text from `start` to `end` is only a subject pronoun and one or more bare auxiliaries. */
export function isElidedClause(ctx: QuoteContext, start: number, end: number): boolean {
  const text = ctx.text.slice(start, end);
  // (counted first: most clauses have more than four words)
  const n = countMatches(WORD, text, 5);
  if (n < 2 || n > 4) return false;
  const words = text.match(WORD) ?? [];
  if (!SUBJECT.test(words[0] ?? '')) return false;
  return words.slice(1).every((w) => AUXILIARY.test(w));
}
