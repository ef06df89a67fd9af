// A necessary condition for the word-sequence link rules, from shared 3-grams alone: pairs failing it are never
// compared word by word (a much-quoted speaker's new quote shares "one of the" with hundreds of others).
import type { GramStats } from './cluster-index.js';
import { MIN_CONTAINED_WORDS } from './rules/link-contained.js';
import { MIN_SHARED_RUN } from './rules/link-shared-run.js';
import { MIN_EDIT_WORDS, MIN_PARTIAL_EDIT_WORDS, smallEditAllowance } from './rules/link-small-edit.js';

/** A quote's 3-grams by position, and as a set. */
export interface TrigramView {
  length: number;
  positions: string[];
  set: Set<string>;
}

export function toTrigramView(words: readonly string[]): TrigramView {
  const positions: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) positions.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return { length: words.length, positions, set: new Set(positions) };
}

/** Positions of `a` whose 3-gram occurs in `b`. */
function present(a: TrigramView, b: TrigramView): number {
  let n = 0;
  for (const g of a.positions) if (b.set.has(g)) n++;
  return n;
}

/** False only when no rule but cluster/same-text can link the two: a shared run of 6 words keeps 4 positions'
 * 3-grams; containment keeps all of the shorter quote's; each word edit breaks at most 3 of them. */
export function couldLink(a: TrigramView, b: TrigramView): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < Math.min(MIN_CONTAINED_WORDS, MIN_EDIT_WORDS, MIN_SHARED_RUN)) return false;
  const inLong = present(short, long);
  if (inLong >= MIN_SHARED_RUN - 2) return true;
  if (short.length >= MIN_CONTAINED_WORDS && inLong === short.positions.length) return true;
  if (short.length < MIN_EDIT_WORDS) return false;
  if (short.length < MIN_PARTIAL_EDIT_WORDS && long.length - short.length > 1) return false;
  const need = short.positions.length - 3 * smallEditAllowance(short.length);
  if (inLong >= need) return true;
  // equal lengths: the edit rule reads them either way round
  return a.length === b.length && present(long, short) >= need;
}

/** The same test from sizes alone: `shared` distinct 3-grams in common, before either quote's words are read. A
 * side's repeated 3-grams lower what its positions guarantee. */
export function couldLinkByCount(shared: number, a: GramStats, b: GramStats): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < Math.min(MIN_CONTAINED_WORDS, MIN_EDIT_WORDS, MIN_SHARED_RUN)) return false;
  if (shared >= MIN_SHARED_RUN - 2 - short.repeats) return true;
  if (short.length >= MIN_CONTAINED_WORDS && shared >= short.distinct) return true;
  if (short.length < MIN_EDIT_WORDS) return false;
  if (short.length < MIN_PARTIAL_EDIT_WORDS && long.length - short.length > 1) return false;
  const need = Math.max(0, short.length - 2) - 3 * smallEditAllowance(short.length);
  if (shared >= need - short.repeats) return true;
  return a.length === b.length && shared >= need - long.repeats;
}
