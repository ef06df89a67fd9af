import { ROLE_NOUN_LOOKUP } from '../entities/data/titles.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a descriptor: "the El Paso mayor", "Plaid Cymru's former president", "a spokesman for the club", "Keel
// University's chancellor"
const DESCRIPTOR =
  /^(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}\p{M}.&-]*\s+(?:of\s+)?){0,3}\p{Lu}[\p{L}\p{M}.&-]*['’]s?)\s+(?:[\p{L}\p{M}.&'’-]+\s+){0,5}\p{Ll}[\p{Ll}-]+$/iu;
// "Vexa spokeswoman", "union spokesman": a person's role with no determiner, its last word lower case
const BARE_ROLE = /^(?:[\p{L}\p{M}.&-]+\s+){0,3}(\p{Ll}[\p{Ll}-]+)$/u;
// ", Dee Margo," / ", Dee Margo said": a name in apposition right after it
// (", Karim al-Tanuri,": a surname joined to its particle by a hyphen)
const SURNAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]+|(?:al|el|ad|as|ash|az|bin|ibn|abu|ben|da|de|di|du|van|von|le|la)-\p{Lu}[\p{L}\p{M}'’-]+)`;
const APPOSITIVE_NAME = new RegExp(
  String.raw`^,\s+((?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.)(?:\s+(?:${SURNAME}|\p{Lu}\.|de|van|von|bin|al))*\s+${SURNAME})(?=\s*[,;.]|\s+(?:said|says|told|added|has|had|who)\b)`,
  'u',
);

// "According to the El Paso mayor, Dee Margo, police were …" → Dee Margo: a descriptor with a person's name in
// apposition right after it is that person (not whoever held a like title earlier).
export const speakerRoleAppositive: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  // (the name set off by a comma right after the mention, looked for first: most mentions have none)
  if (!m || text.charAt(m.end) !== ',') return null;
  // ('"…," said Vexa spokeswoman, Marta Kellin.': a bare role names its holder the same way)
  const bare = BARE_ROLE.exec(m.text)?.[1];
  if (!DESCRIPTOR.test(m.text) && !(bare && ROLE_NOUN_LOOKUP.get(bare) === 'person')) return null;
  const hit = APPOSITIVE_NAME.exec(text.slice(m.end, m.end + 80));
  const name = hit?.[1];
  if (!name || isOrganisationName(name) || isPlaceName(name) || !isPersonName(name)) return null;
  return { speaker: fullestName(names, name) ?? name, rule: 'speaker/role-appositive-name' };
};
