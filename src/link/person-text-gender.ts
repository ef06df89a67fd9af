import { escapeRegExp } from './speaker-names.js';
import type { Gender } from './title-gender.js';

// role nouns of one gender written beside a name: "Ann Poll, the chairwoman of …", "spokesman Dan Vell"
const MALE_ROLE =
  'chairman|spokesman|businessman|congressman|councilman|alderman|policeman|fireman|headmaster';
const FEMALE_ROLE =
  'chairwoman|spokeswoman|businesswoman|congresswoman|councilwoman|alderwoman|policewoman|firewoman|headmistress';
// (an article and up to two lowercase words between: "a former spokeswoman", "the deputy chairwoman"; not
// "Dan Vell, and spokeswoman …", "Dan Vell, his spokeswoman": someone else's role)
const ROLE_AFTER = (role: string) =>
  `^,\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:and|or|but|with|while|his|her|their|its|whose|who|whom|to|for|of|by)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${role})(?![\\p{L}'’-])`;
const ROLE_BEFORE = (role: string) => `(?<![\\p{L}-])(?:${role})\\s+$`;
// "Ann Poll and her husband", "Dan Vell found himself": the name's own pronoun, nothing between to own it
// (an age between: "Ann Poll, 52, and her son")
const OWN_AFTER = {
  male: /^(?:,\s*\d{1,3},)?\s+and\s+his\b|^\s+[\p{Ll}]+\s+himself\b/u,
  female: /^(?:,\s*\d{1,3},)?\s+and\s+her\b|^\s+[\p{Ll}]+\s+herself\b/u,
};

/**
 * The gender the article's words give a person named in full ("Ann Poll"): a gendered role noun beside the name
 * ("Ann Poll, the chairwoman", "spokesman Dan Vell") or the name's own pronoun right after it ("Ann Poll and her
 * son", "Dan Vell found himself"); null when there is none or the evidence is of both genders. No first names.
 */
export function textGenderOfPerson(text: string, full: string): Gender | null {
  if (!/\s/.test(full)) return null;
  let male = 0;
  let female = 0;
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(full)}(?![\\p{L}\\p{M}-])`, 'gu');
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + full.length, at + full.length + 60);
    // ("Ann Poll's son, a spokesman": a possessive name owns the role, not is it)
    if (/^['’]s\b/.test(after)) continue;
    if (
      new RegExp(ROLE_AFTER(MALE_ROLE), 'iu').test(after) ||
      new RegExp(ROLE_BEFORE(MALE_ROLE), 'iu').test(before)
    )
      male++;
    if (
      new RegExp(ROLE_AFTER(FEMALE_ROLE), 'iu').test(after) ||
      new RegExp(ROLE_BEFORE(FEMALE_ROLE), 'iu').test(before)
    )
      female++;
    if (OWN_AFTER.male.test(after)) male++;
    if (OWN_AFTER.female.test(after)) female++;
  }
  return male > 0 && female === 0 ? 'male' : female > 0 && male === 0 ? 'female' : null;
}
