import { GENDERED_OFFICES } from './role-gender.js';
import { escapeRegExp } from './speaker-names.js';
import type { Gender } from './title-gender.js';

// role nouns of one gender written beside a name: "Ann Poll, the chairwoman of …", "spokesman Dan Vell"
// (an article and up to two lowercase words between: "a former spokeswoman", "the deputy chairwoman"; not
// "Dan Vell, and spokeswoman …", "Dan Vell, his spokeswoman": someone else's role)
const roleAfter = (roles: readonly string[]) =>
  new RegExp(
    `^,\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:and|or|but|with|while|his|her|their|its|whose|who|whom|to|for|of|by)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${roles.join('|')})(?![\\p{L}'’-])`,
    'iu',
  );
const roleBefore = (roles: readonly string[]) =>
  new RegExp(`(?<![\\p{L}-])(?:${roles.join('|')})\\s+$`, 'iu');
const ROLE = {
  male: { after: roleAfter(GENDERED_OFFICES.male), before: roleBefore(GENDERED_OFFICES.male) },
  female: { after: roleAfter(GENDERED_OFFICES.female), before: roleBefore(GENDERED_OFFICES.female) },
};
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
    if (ROLE.male.after.test(after) || ROLE.male.before.test(before)) male++;
    if (ROLE.female.after.test(after) || ROLE.female.before.test(before)) female++;
    if (OWN_AFTER.male.test(after)) male++;
    if (OWN_AFTER.female.test(after)) female++;
  }
  return male > 0 && female === 0 ? 'male' : female > 0 && male === 0 ? 'female' : null;
}
