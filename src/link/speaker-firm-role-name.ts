import { isPersonName } from './speaker-entity-names.js';
import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// " (Japan) associate vice president Peter Wolffe." / " (Securities) Ltd analyst Nick Edwards,": what the quote
// finder left after the firm's name: its parenthesis, a company suffix, lower-case role words, then the person
const AFTER_FIRM =
  /^\s*\([^()]{1,40}\)(?:\s+(?:Ltd|Inc|Co|Corp|Plc|PLC|LLC|AG|SA|NV)\.?)?\s+((?:[\p{Ll}-]+\s+){1,4})(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})(?=\s*[.,;]|\s+(?:said|says|told|added)\b)/u;
const ROLE_WORD =
  /^(?:analyst|economist|strategist|dealer|trader|director|manager|president|vice|chairman|chairwoman|chief|executive|head|partner|officer|spokesman|spokeswoman|spokesperson|associate|senior|general|managing|deputy|assistant|research|investment|market|equity|currency|bond|oil|fund|portfolio|financial|of)$/;

// "…," said Bache Securities (Japan) associate vice president Peter Wolffe. → Peter Wolffe, not the firm: the
// person named after the firm's parenthesis and a role is the one who spoke.
export const speakerFirmRoleName: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  if (!m || !/^\p{Lu}/u.test(m.text)) return null;
  const hit = AFTER_FIRM.exec(text.slice(m.end, m.end + 160));
  const roles = hit?.[1]?.trim().split(/\s+/) ?? [];
  const name = hit?.[2];
  if (!name || !roles.every((w) => ROLE_WORD.test(w)) || !isPersonName(name)) return null;
  return { speaker: fullestName(names, name) ?? name, rule: 'speaker/firm-role-name' };
};
