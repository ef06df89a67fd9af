import { HONORIFICS, ROLE_NOUNS } from '../entities/data/titles.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { CLAUSE_OPENERS } from '../segment/clause-openers.js';
import { monthOpensName } from '../segment/month-first-name.js';
import { isOrganisationName, isPlaceName, TITLE_WORDS } from './speaker-names.js';

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

// a word, then another, right before the offset a sticky search is set to: "Minister Lim " of "Minister Lim Keng
// Yaik", "Secretary A.B.M. " of "Secretary A.B.M. Ghulam Mostafa"
const TITLE_WORD_BEFORE =
  /(?<=(?<![\p{L}\p{N}])((\p{L}+\.?)[ \t]+((?:\p{Lu}\.)+|\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+))/uy;
const NAME_ENDS = /(?![\p{L}\p{N}])/uy;

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
  let found: string | null = null;
  // the places of the name as whole words after two words, in text order and not overlapping, as a /gu pattern
  // for the three would find them (made per name and led by a lookbehind, it was tried at every offset)
  let free = 0;
  for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1)) {
    TITLE_WORD_BEFORE.lastIndex = at;
    const m = TITLE_WORD_BEFORE.exec(text);
    if (!m || at - (m[1]?.length ?? 0) < free) continue;
    NAME_ENDS.lastIndex = at + speaker.length;
    if (!NAME_ENDS.test(text)) continue;
    free = at + speaker.length;
    const [, , title = '', word = ''] = m;
    // ("Councillor April Dunn Reid": a month after a title opens the name, segment/month-first-name)
    const nameWord = isNameWord(word) || monthOpensName(title, word, words[0] ?? '', words[1] ?? '');
    if (!isTitle(title) || !nameWord) continue;
    // two different words before the name: no one fuller name
    if (found !== null && found !== word) return null;
    found = word;
  }
  return found ? `${found} ${speaker}` : null;
}
