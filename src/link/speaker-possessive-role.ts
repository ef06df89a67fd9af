import { isPersonName } from './speaker-entity-names.js';
import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "' China correspondent", "'s chief economist", "’s lawyers": what follows a name the quote finder cut at its
// possessive; up to three words (capitalised ones included), the last a person's role
const POSSESSIVE_ROLE =
  /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}(?:correspondent|reporter|editor|columnist|analyst|economist|strategist|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|chief|boss|director|manager|coach|captain|chairman|chairwoman|president|founder|adviser|advisor|aide|aides|envoy|ambassador|minister|secretary|officials?|executives?))\b(?!['’])/u;
const NAME_AFTER =
  /^,?\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?=\s*[,.;]|\s+(?:said|says|told|added|wrote)\b)/u;

// According to the Daily Courier's Asia correspondent, … → "the Daily Courier's Asia correspondent", not the
// paper; "…,” said Norvel's chief economist Ann Tull. → Ann Tull: a role held at the organisation the quote
// finder named is the one who spoke.
export const speakerPossessiveRole: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  if (!m || !/^(?:the\s+)?\p{Lu}/iu.test(m.text) || /['’]s?$/.test(m.text)) return null;
  const after = text.slice(m.end, m.end + 120);
  const role = POSSESSIVE_ROLE.exec(after);
  if (!role?.[1]) return null;
  const rest = after.slice(role[0].length);
  const named = NAME_AFTER.exec(rest)?.[1];
  if (named && isPersonName(named))
    return { speaker: fullestName(names, named) ?? named, rule: 'speaker/possessive-role-name' };
  // a role that is a name's title goes on into the name ("'s President Ann Tull" is caught above)
  if (/^\s*\p{Lu}/u.test(rest)) return null;
  const descriptor = `${m.text}${after.slice(0, role[0].length)}`.replace(/^The\s/, 'the ');
  return { speaker: descriptor, rule: 'speaker/possessive-role' };
};
