import { ROLE_NOUN_LOOKUP } from '../entities/data/titles.js';
import { isPersonName } from './speaker-entity-names.js';
import { isOrganisationName, isPlaceName } from './speaker-names.js';
import type { MentionRule } from './speaker-rule.js';

// ", Ida Marsk, " right after the role, the cue next
const NAME_SET_OFF =
  /^,\s+((?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.|de|van|von|bin|al))*\s+\p{Lu}[\p{L}\p{M}'’-]+),\s+$/u;

// "Director, Ida Marsk, said …", "Party leader, Ida Marsk, said …": a role with no determiner, a person's name set off
// by commas, then the cue — the quote finder took the role (a capitalised word) for the subject; the name speaks.
export const mentionRoleThenName: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start <= m.end) return null;
  // (the role as written: one word or lower-case words after capitalised ones, no determiner, no name of its own)
  const words = m.text.split(/\s+/);
  const role = words[words.length - 1] ?? '';
  if (words.length > 4 || /^(?:the|a|an|his|her|its|their|our)$/i.test(words[0] ?? '')) return null;
  if (ROLE_NOUN_LOOKUP.get(role.toLowerCase()) !== 'person') return null;
  if (words.length > 1 && !/^\p{Ll}/u.test(role)) return null;
  const hit = NAME_SET_OFF.exec(text.slice(m.end, cue.start));
  const name = hit?.[1];
  if (!name || !isPersonName(name) || isOrganisationName(name) || isPlaceName(name)) return null;
  const start = m.end + text.slice(m.end).indexOf(name);
  return { mention: { start, end: start + name.length, text: name }, cue, rule: 'mention/role-then-name' };
};
