import type { TimeExpression } from '../types.js';
import { sentenceStartAt } from './when-rule.js';

// "since <subject> <verb> … <time>" inside the sentence, after its main clause: "She has spoken with him three times
// since he arrived in Vell on Feb. 6" (not a sentence opening "Since …": that sets the sentence's frame).
const SINCE_CLAUSE =
  /\S[^.!?]*\bsince\s+(?:he|she|they|it|we|I|you|the\s+\p{L}+|\p{Lu}[\p{L}'-]+)\s+\p{Ll}+ed\b[^,;:]*$/u;

/** True for a time inside a "since" clause of a perfect-tense sentence: the start of a span the sentence counts
 * from, background that moves no story. */
export function isInSinceClause(text: string, t: TimeExpression): boolean {
  const before = text.slice(sentenceStartAt(text, t.start), t.start);
  return SINCE_CLAUSE.test(before) && /\b(?:has|have|had)\s+(?:\w+\s+)?\p{Ll}+(?:ed|en)\b/u.test(before);
}
