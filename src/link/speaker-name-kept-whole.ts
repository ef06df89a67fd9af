import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import type { NameIndex } from './speaker-names.js';
import { fullestName, isCountryName, isOrganisationName } from './speaker-names.js';

// a country's abbreviation, or a field word that is a title only before an office ("Business Secretary")
const NO_OFFICE_ON_ITS_OWN =
  /^(?:the|u\.s|u\.s\.a|u\.k|us|usa|uk|business|culture|education|environment|trade|transport|interior|labour|health|defence|defense|finance|home|foreign|union|party|opposition)$/;

/**
 * "U.S. Mint said", "Business Insider reported": the words stripped as titles before a one-word remainder were a
 * country's abbreviation or a field word, and the remainder names no person the article gives — the whole run is
 * the organisation's name (not "In the U.S. Tasker said" after "Owen Tasker").
 */
export function keptWholeAfterFieldWord(
  names: NameIndex,
  whole: string,
  name: string,
  stripped: readonly string[],
): string | null {
  // (an organisation's word or a plural group already keeps its words: "the Home Office", "U.S. Officials")
  if (name === whole || stripped.length === 0 || isOrganisationName(whole) || /s$/.test(name)) return null;
  if (!stripped.every((w) => NO_OFFICE_ON_ITS_OWN.test(w)) || stripped.every((w) => w === 'the')) return null;
  // "the U.S. Tarn Survey": several words after a country's abbreviation alone, the first no one's first name
  const words = name.split(/\s+/);
  if (words.length > 1) {
    const country = stripped.every((w) => /^(?:the|u\.s|u\.s\.a|u\.k|us|usa|uk)$/.test(w));
    if (!country || words.length > 4 || genderOfFirstName(words[0] ?? '') !== null) return null;
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  } else if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
  // (a person the article names more fully: "In the U.S. Tasker said" after "Owen Tasker")
  const full = fullestName(names, name);
  if (full && (words.length === 1 || full !== name)) return null;
  return whole.replace(/^(?:The|A|An)\s+/, '');
}

// "Norland's", "the UK's", "Turkey's" (countries-list calls it "Türkiye"): a country owning what it names
const COUNTRY_ABBREVIATION = /^(?:U\.S\.|U\.S\.A\.|U\.K\.|US|USA|UK|Turkey)$/;

/** True when `owner` (before "'s") is a country: "the UK's CBI" is the CBI. */
export const isCountryOwner = (owner: string): boolean =>
  isCountryName(owner) || COUNTRY_ABBREVIATION.test(owner);

/**
 * "People's Daily", "Norland's Disaster Management Presidency": a name with a possessive inside it, which the title
 * stripping dropped, as written; null when `whole` has none or a title was stripped.
 */
export function withInnerPossessive(whole: string, name: string, stripped: readonly string[]): string | null {
  if (stripped.length > 0 || !/\p{L}['’]s\s+\p{Lu}/u.test(whole)) return null;
  const bare = whole.replace(/['’]s(?=\s)/gu, '');
  return bare === name ? whole : null;
}

/** True when `speaker` is `name` after a country's abbreviation: "US Tarn Survey" for "Tarn Survey". */
export const countryBeforeName = (speaker: string | null, name: string): boolean =>
  !!speaker && /^(?:U\.S\.|US|USA|U\.K\.|UK)\s/.test(speaker) && speaker.replace(/^\S+\s+/, '') === name;
