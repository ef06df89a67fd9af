import { substringEditDistance } from '../quote-words.js';

export const MIN_EDIT_WORDS = 4;
/** Below this many words, only whole quotes of about the same length compare ("We have no plans" ≠ "We have no comment on…"). */
export const MIN_PARTIAL_EDIT_WORDS = 6;

/** Word edits allowed for a quote of `words` words. */
export function smallEditAllowance(words: number): number {
  return Math.max(1, Math.floor(words * 0.15));
}

// "Hackers can be everywhere" vs "Hackers can be anywhere": a word swap, or a translation variant, within a
// few word edits of the other quote (or, for longer quotes, of a run inside it).
export function linkSmallEdit(a: readonly string[], b: readonly string[]): string | null {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < MIN_EDIT_WORDS) return null;
  if (short.length < MIN_PARTIAL_EDIT_WORDS && long.length - short.length > 1) return null;
  const allowed = smallEditAllowance(short.length);
  // equal lengths: either way round, so that the link does not depend on which quote came first
  const distance =
    short.length === long.length
      ? Math.min(substringEditDistance(a, b), substringEditDistance(b, a))
      : substringEditDistance(short, long);
  return distance <= allowed ? 'cluster/small-edit' : null;
}
