import { genderOfFirstName } from '../data/first-name-gender.js';

// newspapers' last words the organisation heads do not hold ("Times", "Post", "Journal" are there)
const NEWSPAPER_HEADS = new Set(['daily', 'herald', 'telegraph', 'chronicle']);

/**
 * "the Tarn Herald said", "the China Daily": a run of two to four words closing with a newspaper's word names the
 * paper (not "Ann Herald": a known first name opening it keeps a person's surname, unless the word is a known
 * place: "China" of "the China Daily"). `known` says whether the gazetteer holds a word.
 */
export function newspaperName(
  nameWords: readonly string[],
  lowerLast: string,
  known: (word: string) => boolean,
): boolean {
  if (nameWords.length < 2 || nameWords.length > 4 || !NEWSPAPER_HEADS.has(lowerLast)) return false;
  const first = nameWords[0] ?? '';
  return genderOfFirstName(first) === null || known(first);
}

/** True for a newspaper's last word ("daily", "herald"), lower-cased. */
export const isNewspaperHead = (lower: string): boolean => NEWSPAPER_HEADS.has(lower);
