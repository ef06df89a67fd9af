import { genderOfFirstName } from '../data/first-name-gender.js';
import { PLACE_WORDS } from '../data/titles.js';

/**
 * "Spokesman Tom Lake said …", "analyst Ann Brook": a run its last word alone would make a place ("Lake", "Brook")
 * is a person's name when a person's role stands before it and it opens with a known first name (not "Lake
 * Tarn", where the place word opens the run, nor "Tarn Lake" without a first name).
 */
export function roleBeforePlaceWord(roles: readonly string[], nameWords: readonly string[]): boolean {
  if (roles.length === 0 || nameWords.length < 2 || nameWords.length > 3) return false;
  const first = nameWords[0] ?? '';
  const last = (nameWords[nameWords.length - 1] ?? '').toLowerCase();
  if (PLACE_WORDS.has(first.toLowerCase()) || !PLACE_WORDS.has(last)) return false;
  return genderOfFirstName(first) !== null;
}
