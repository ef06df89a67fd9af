import { substringEditDistance } from '../quote-words.js';

export const MIN_EDIT_WORDS = 4;
/** Below this many words, only whole quotes of about the same length compare ("We have no plans" ≠ "We have no comment on…"). */
export const MIN_PARTIAL_EDIT_WORDS = 6;

// "Hackers can be everywhere" vs "Hackers can be anywhere": a word swap, or a translation variant, within a
// few word edits of the other quote (or, for longer quotes, of a run inside it).
export function linkSmallEdit(a: readonly string[], b: readonly string[]): string | null {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < MIN_EDIT_WORDS) return null;
  if (short.length < MIN_PARTIAL_EDIT_WORDS && long.length - short.length > 1) return null;
  const allowed = Math.max(1, Math.floor(short.length * 0.15));
  return substringEditDistance(short, long) <= allowed ? 'cluster/small-edit' : null;
}
