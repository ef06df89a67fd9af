import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { BUSINESS } from './speaker-company-continues.js';
import { isOrganisationName, isPlaceName, shownCompany } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a capitalised name opening the reported clause, before its possessive or its verb
const OPENING_NAME = /^((?:\p{Lu}[\p{L}&.-]*)(?:\s+(?:\p{Lu}[\p{L}&.-]*|of))*)(?=['’]s\s|\s+\p{Ll})/u;

// "Norvel Foods will close two plants, the company said" → the business the clause opens with, when the story has
// named no business before that the kind could stand for (not "Tom Hale will retire, the company said": a person)
export const speakerContentOpensOrganisation: SpeakerRule = ({ quote, names, text }) => {
  const m = quote.mention;
  if (quote.type !== 'indirect' || !m || m.start < quote.end || !BUSINESS.test(m.text)) return null;
  const name = OPENING_NAME.exec(quote.content)?.[1];
  if (!name || !/\s/.test(name) || /\sof$/.test(name)) return null;
  const first = name.split(/\s+/)[0] ?? '';
  if (/^(?:The|A|An|In|On|At|But|And|Mr|Mrs|Ms|Dr|Sir|Lord)$/.test(first) || isPlaceName(name)) return null;
  // ("Kestrel Energy": a given name opening a name the text or the clause shows to be an organisation's:
  // "Kestrel Energy's profit fell", "Kestrel Energy will shut its refinery")
  const thing = /\bits\b/.test(quote.content) && !/\b(?:he|she|his|her|him)\b/i.test(quote.content);
  if (genderOfFirstName(first) !== null && !isOrganisationName(name) && !thing && !shownCompany(name, text))
    return null;
  // ("Finance Minister Ola Berg": a person given a role)
  if (names.persons.some((p) => p.roles.length > 0 && name.endsWith(p.name))) return null;
  return { speaker: name, rule: 'speaker/content-opens-organisation' };
};
