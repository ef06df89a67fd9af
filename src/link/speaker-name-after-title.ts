import { HONORIFICS, ROLE_NOUNS } from '../entities/data/titles.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { CLAUSE_OPENERS } from '../segment/clause-openers.js';
import { escapeRegExp, isOrganisationName, isPlaceName, regExpBy, TITLE_WORDS } from './speaker-names.js';

// a title or role right before a name: "Dr", "Minister", "official"
const isTitle = (w: string) => {
  const lower = w.toLowerCase().replace(/\.$/, '');
  return lower in HONORIFICS || ROLE_NOUNS[lower] === 'person';
};
// words that are no part of a name: titles, roles, clause openers, calendar words
const NOT_NAME_WORDS = new Set([...TITLE_WORDS, ...CLAUSE_OPENERS, ...MONTH_NAMES, ...WEEKDAY_NAMES]);
const isNameWord = (w: string) => {
  const lower = w.toLowerCase().replace(/\.$/, '');
  if (NOT_NAME_WORDS.has(lower) || lower in HONORIFICS || lower in ROLE_NOUNS) return false;
  if (w.includes('-') && w.split('-').some((p) => NOT_NAME_WORDS.has(p.toLowerCase()))) return false;
  return !isPlaceName(w);
};

// a word, then the name, as whole words: "Minister Lim Keng Yaik", "Secretary A.B.M. Ghulam Mostafa"
const TITLE_WORD_NAME = regExpBy(
  'gu',
  (name) =>
    `(?<![\\p{L}\\p{N}])(\\p{L}+\\.?)[ \\t]+((?:\\p{Lu}\\.)+|\\p{Lu}[\\p{Ll}\\p{M}'’-]+)[ \\t]+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
);

/**
 * A person's name with the part that the title-stripping took for a role: "Keng Yaik" where the text writes
 * "Primary Industries Minister Lim Keng Yaik", "Sabrina Flora" after "Dr Meerjady Sabrina Flora". The word
 * must stand right after a title or role and be no title, role, opener or place itself ("Deputy Director Ann
 * Lee" keeps "Ann Lee"; "Yet Evan Mann" has no title before "Yet"). Null when the text writes no such word.
 */
export function nameAfterTitle(speaker: string, text: string): string | null {
  const words = speaker.split(' ');
  if (words.length < 2 || words.length > 3 || isOrganisationName(speaker)) return null;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w))) return null;
  // (a search for the name after a blank and a capitalised word first: the pattern runs over the whole text)
  if (!someOccurrenceAfterCapital(speaker, text)) return null;
  const pattern = TITLE_WORD_NAME(speaker);
  pattern.lastIndex = 0;
  let found: string | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [, title = '', word = ''] = m;
    if (!isTitle(title) || !isNameWord(word)) continue;
    // two different words before the name: no one fuller name
    if (found !== null && found !== word) return null;
    found = word;
  }
  return found ? `${found} ${speaker}` : null;
}

/** True when some place of `name` in `text` follows blanks after a word opening with a capital letter. */
function someOccurrenceAfterCapital(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    let k = i - 1;
    if (text[k] !== ' ' && text[k] !== '\t') continue;
    while (text[k] === ' ' || text[k] === '\t') k--;
    let w = k;
    while (w > 0 && text[w - 1] !== ' ' && text[w - 1] !== '\t' && text[w - 1] !== '\n') w--;
    if (/^\p{Lu}/u.test(text.slice(w, k + 1))) return true;
  }
  return false;
}
