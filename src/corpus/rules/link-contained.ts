import { longestSharedRun } from '../quote-words.js';

export const MIN_CONTAINED_WORDS = 4;

// "Hackers can be anywhere" inside "Hackers can be anywhere. They can be in Russia…": a truncation or extension.
export function linkContained(a: readonly string[], b: readonly string[]): string | null {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < MIN_CONTAINED_WORDS) return null;
  return longestSharedRun(short, long) === short.length ? 'cluster/contained' : null;
}
