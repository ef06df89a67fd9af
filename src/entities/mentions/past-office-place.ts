import { genderOfFirstName } from '../data/first-name-gender.js';
import type { Word } from '../split-words.js';
import { isTitleWord } from './read-modifiers.js';

/**
 * Where a person's name starts past the place an office is of ("Governor of Kelso Ann Roe"): the second of exactly
 * three capitalised words after the office's "of" when it is a first name and the first is a plain capitalised word
 * (no title); else `k`. Longer runs are left as they were: "Minister of Norland Ann Marie Tull" may hold two given
 * names, "Mayor of New Tarnby Ann Roe" a place of two words.
 */
export function pastOfficePlace(words: readonly Word[], k: number, runEnd: number): number {
  if (runEnd - k !== 3) return k;
  const place = words[k] as Word;
  if (!/^\p{Lu}\p{Ll}+$/u.test(place.text) || isTitleWord(place)) return k;
  return genderOfFirstName((words[k + 1] as Word).text) !== null ? k + 1 : k;
}
