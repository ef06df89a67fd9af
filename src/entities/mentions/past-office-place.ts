import { genderOfFirstName } from '../data/first-name-gender.js';
import type { Word } from '../split-words.js';
import { isTitleWord } from './read-modifiers.js';

/**
 * Where a person's name starts past the place an office is of ("Governor of Kelso Ann Roe", "Mayor of New Tarnby
 * Ann Tull Roe"): the first name of a two- or three-word name closing the run, when capitalised words of the place
 * stand before it; else `k`.
 */
export function pastOfficePlace(words: readonly Word[], k: number, runEnd: number): number {
  if (runEnd - k < 3) return k;
  const isPlaceWord = (w: Word | undefined) => !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isTitleWord(w);
  for (const p of [runEnd - 2, runEnd - 3]) {
    if (p <= k || genderOfFirstName((words[p] as Word).text) === null) continue;
    let all = true;
    for (let q = k; q < p; q++) if (!isPlaceWord(words[q])) all = false;
    if (all && p - k <= 2) return p;
  }
  return k;
}
