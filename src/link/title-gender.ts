import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { cachedRegExp, insidePair, memoByText } from './speaker-names.js';

export type Gender = 'male' | 'female';

// titles are reliable evidence of gender (first names are not: "Robin", "Sandy")
const MALE_TITLE = 'Mr|Sir|Lord|King|Prince';
const FEMALE_TITLE = 'Mrs|Ms|Miss|Lady|Dame|Baroness|Queen|Princess';

/** The gender of a title word ("Mrs" → female), or null. */
export function genderOfTitle(word: string): Gender | null {
  const w = word.replace(/\.$/, '');
  if (cachedRegExp(`^(?:${MALE_TITLE})$`, '').test(w)) return 'male';
  if (cachedRegExp(`^(?:${FEMALE_TITLE})$`, '').test(w)) return 'female';
  return null;
}

// a title and its blanks right before the offset a sticky search is set to: "Mrs " of "Mrs Quinn"
const TITLE_BEFORE = new RegExp(`(?<=(?<![\\p{L}])((${MALE_TITLE}|${FEMALE_TITLE})\\.?\\s+))`, 'uy');

/**
 * The titles written before `surname` in `text` ("Mrs" of "Mrs Quinn"), with `after` (a sticky lookahead) true at
 * its end: what matchAll gives as group 1 for `(?<![\p{L}])(TITLE)\.?\s+SURNAME` and `after`, read around each place
 * indexOf finds the surname (that pattern, made per surname and led by a lookbehind, is tried at every offset).
 */
function titlesWritten(text: string, surname: string, after: RegExp): string[] {
  if (!surname)
    return [
      ...text.matchAll(
        cachedRegExp(`(?<![\\p{L}])(${MALE_TITLE}|${FEMALE_TITLE})\\.?\\s+${after.source}`, 'gu'),
      ),
    ].map((m) => m[1] ?? '');
  const titles: string[] = [];
  // where the last match ended: matches do not overlap
  let free = 0;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (insidePair(text, at) || insidePair(text, end)) continue;
    TITLE_BEFORE.lastIndex = at;
    const m = TITLE_BEFORE.exec(text);
    if (!m || at - (m[1]?.length ?? 0) < free) continue;
    after.lastIndex = end;
    if (!after.test(text)) continue;
    titles.push(m[2] ?? '');
    free = end;
  }
  return titles;
}

// the end of a surname after its title: "Mrs Quinn", "Mr Lee's", not "Mr Lee-Hart" nor "D" of "Mr D'Arcy"
const SURNAME_ENDS = /(?![\p{L}-])(?!['’]\p{L}{2})/uy;
// (a looser end, for the title written last before a surname: no letter goes on)
const NO_LETTER_AFTER = /(?![\p{L}])/uy;

// the titles the text writes before a surname ("Mrs Quinn", "Mr Quinn")
// (asked of every pronoun quote's candidates, the same surnames again: the text scanned once per surname)
const titlesBefore = memoByText((text: string, surname: string): { male: number; female: number } => {
  let male = 0;
  let female = 0;
  for (const title of titlesWritten(text, surname, SURNAME_ENDS))
    genderOfTitle(title) === 'male' ? male++ : female++;
  return { male, female };
});

/**
 * "Mr Blunkett …": the gender the article's titles give a person named in full ("David Blunkett"), when every
 * title it writes before the surname is of one gender; null when there is none, or both ("Mr Howard" and
 * "Mrs Howard": two people of one surname).
 */
export function titleGenderInArticle(text: string, full: string): Gender | null {
  const words = full.split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  if (!/^\p{Lu}/u.test(surname)) return null;
  const { male, female } = titlesBefore(text, surname);
  const gender: Gender | null =
    male > 0 && female === 0 ? 'male' : female > 0 && male === 0 ? 'female' : null;
  // "His mother Katherine Jackson … Mr Jackson": a first name of the other gender means the titles are a relative's
  const first = words.length > 1 ? genderOfFirstName(words[0] ?? '') : null;
  return first && first !== gender ? null : gender;
}

// "She denies …" is not "David Blunkett" of "Mr Blunkett"; "he" is not "Ann Quinn" of "Mrs Quinn"
export function fitsTitleGender(pronoun: string, full: string, text: string): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const gender = titleGenderInArticle(text, full);
  return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}

/**
 * "Mr Howard …. Mrs Howard made her debut. … she said": a titled surname that the article writes with titles of
 * both genders (two people of one surname) stands for its one full name ("Michael Howard") only when that name's
 * first name is of the title's gender; else the surname as written is the speaker.
 */
export function sharedSurnameFits(text: string, written: Gender, full: string): boolean {
  const words = full.split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  if (words.length < 2) return true;
  const { male, female } = titlesBefore(text, surname);
  if (male === 0 || female === 0) return true;
  return genderOfFirstName(words[0] ?? '') === written;
}

/** The gender of the title the text writes right before the last `surname` in [from, to), or null. */
export function writtenTitleGender(text: string, from: number, to: number, surname: string): Gender | null {
  const last = titlesWritten(text.slice(from, to), surname, NO_LETTER_AFTER).at(-1);
  return last === undefined ? null : genderOfTitle(last);
}

/** The surnames written after a title of `gender` in `text` ("… see Mrs Quinn's son" → Quinn), with offsets. */
export function titledSurnames(text: string, gender: Gender): { surname: string; at: number }[] {
  const re = cachedRegExp(
    `(?<![\\p{L}])(${MALE_TITLE}|${FEMALE_TITLE})\\.?\\s+(\\p{Lu}[\\p{L}\\p{M}-]+)(?![\\p{L}-])`,
    'gu',
  );
  const found: { surname: string; at: number }[] = [];
  for (const m of text.matchAll(re))
    if (genderOfTitle(m[1] ?? '') === gender && m[2]) found.push({ surname: m[2], at: m.index ?? 0 });
  return found;
}
