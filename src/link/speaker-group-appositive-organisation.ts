import { expandAcronym, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a descriptor with a lower-case head: "show organisers", "the regulator", "its parent company"
const DESCRIPTOR = /^(?:(?:the|its|their)\s+)?(?:[\p{L}\p{M}.&'’-]+\s+){0,3}\p{Ll}[\p{Ll}-]+$/u;
// ", the Consumer Gadget Association (CGA)," / ", the CGA.": an organisation's name set off right after it
const APPOSITIVE_ORGANISATION =
  /^,\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:(?:of|for|&)\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*){0,6})(?:\s*\([^)]*\))?(?=\s*[,;.]|\s*$)/u;

// "…, according to figures released by show organisers, the Consumer Gadget Association, on Tuesday" → the
// association: a descriptor with an organisation's name in apposition right after it is that organisation
// (not one of a list: "analysts, the CGA and the Keel Institute").
export const speakerGroupAppositiveOrganisation: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  // (the name set off by a comma right after the mention, looked for first: most mentions have none)
  if (!m || text.charAt(m.end) !== ',' || !DESCRIPTOR.test(m.text)) return null;
  const after = text.slice(m.end, m.end + 120);
  const hit = APPOSITIVE_ORGANISATION.exec(after);
  // (the sentence's full stop is no part of it)
  const name = hit?.[1]?.replace(/(?<=\p{Ll}{2})\.$/u, '');
  if (!hit || !name || !isOrganisationName(name) || isPlaceName(name)) return null;
  if (/^\s*,?\s*(?:and|or)\s/.test(after.slice(hit[0].length))) return null;
  const acronym = /^[\p{Lu}\d&]{2,6}$/u.test(name) ? expandAcronym(names, name) : null;
  return { speaker: acronym ?? name, rule: 'speaker/group-appositive-organisation' };
};
