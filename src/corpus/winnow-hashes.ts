// Word n-gram hashes and winnowing (Schleimer et al. 2003): any shared run of w + k − 1 words is found.
import { chainHashes, hashString } from './hash-string.js';

export const SHINGLE_WORDS = 5;
export const WINNOW_WINDOW = 4;

/** Hashes of every k-word run; a shorter sequence gives one hash of all its words. */
export function hashShingles(norms: readonly string[], k = SHINGLE_WORDS): number[] {
  return chainShingles(norms.map(hashString), k);
}

/** hashShingles() of words already hashed (`th[i]` is hashString of word i). */
export function chainShingles(th: readonly number[], k = SHINGLE_WORDS): number[] {
  if (th.length === 0) return [];
  if (th.length < k) return [chainHashes(th, 0, th.length)];
  const out: number[] = [];
  for (let i = 0; i + k <= th.length; i++) out.push(chainHashes(th, i, k));
  return out;
}

/** The minimum of every window of `w` consecutive hashes (rightmost on ties), deduplicated. */
export function winnowHashes(hashes: readonly number[], w = WINNOW_WINDOW): number[] {
  if (hashes.length === 0) return [];
  if (hashes.length <= w) return [Math.min(...hashes)];
  const picked = new Set<number>();
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = hashes[i] ?? 0;
    for (let j = i + 1; j < i + w; j++) min = Math.min(min, hashes[j] ?? 0);
    picked.add(min);
  }
  return [...picked];
}
