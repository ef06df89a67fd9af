import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { LEGAL_FORM_END } from './organisation-fits-role.js';
import { BUSINESS } from './speaker-company-continues.js';
import { isOrganisationName, isPlaceName, shownCompany } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a capitalised name opening the reported clause, before its possessive or its verb, or before the comma of an
// apposition ("Tarn CIT, the Lornish unit of Vell NV, has won …"); a wire's angle brackets around it or a ticker
// after it ("<Keel Canada Ltd>, 72 pct owned by …", "Dorn Corp <DORN.T> will …")
const VERB_NEXT = /^((?:\p{Lu}[\p{L}&.-]*)(?:\s+(?:\p{Lu}[\p{L}&.-]*|of))*)(?=['’]s\s|\s+\p{Ll})/u;
const OPENING_NAME =
  /^<?((?:\p{Lu}[\p{L}&.-]*)(?:\s+(?:\p{Lu}[\p{L}&.-]*|of))*)>?(?:\s+<[^<>\s]+>)?(?=['’]s\s|\s+\p{Ll}|,\s)/u;

// "Norvel Foods will close two plants, the company said" → the business the clause opens with, when the story has
// named no business before that the kind could stand for (not "Tom Hale will retire, the company said": a person)
export const speakerContentOpensOrganisation: SpeakerRule = ({ quote, names, text, previous }) => {
  const m = quote.mention;
  if (quote.type !== 'indirect' || !m || m.start < quote.end || !BUSINESS.test(m.text)) return null;
  const verbNext = VERB_NEXT.exec(quote.content);
  const apposed = verbNext ? null : OPENING_NAME.exec(quote.content);
  // (the apposition or the wire's brackets only for the story's first quote, and not a given name opening it
  // with no firm's word: "Tom Hale, 48, will retire …, the company said")
  if (
    apposed?.[1] &&
    (previous.length > 0 ||
      (genderOfFirstName(apposed[1].split(/\s+/)[0] ?? '') !== null &&
        !isOrganisationName(apposed[1]) &&
        !LEGAL_FORM_END.test(apposed[1])))
  )
    return null;
  const name = (verbNext ?? apposed)?.[1];
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
