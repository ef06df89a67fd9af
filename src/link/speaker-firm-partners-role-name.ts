import { ROLE_NOUN_LOOKUP } from '../entities/data/titles.js';
import { isPersonName } from './speaker-entity-names.js';
import type { MentionRule } from './speaker-rule.js';

// a capitalised word of a partner's name ("Keel", "Ames-Tull")
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// the rest of a firm named by its partners after its first partner, then a person's role in lower case and the
// person's name, closing the attribution: ", Ames and Dorne Inc analyst Ann Vell." (group 1 the role, 2 the name)
const PARTNERS_ROLE_NAME = new RegExp(
  String.raw`^,\s+${CAP}(?:\s+${CAP})?,?\s+(?:and|&)\s+${CAP}(?:\s+${CAP}){0,2}(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc)\b\.?)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(${CAP}(?:\s+(?:\p{Lu}\.|${CAP})){1,3})(?=\s*(?:[.,;:]|$))`,
  'u',
);

/**
 * '"…," said Keel, Ames and Dorne analyst Ann Vell.' — a firm named by its partners, then a person's role and name:
 * the quote finder took the firm's first partner ("Keel") for the speaker; the person named last speaks. Not a
 * firm with no person after it ("said Keel, Ames and Dorne Inc."), nor a full name before the comma ("Ann Reid,
 * Ames and Co chairman").
 */
export const mentionFirmPartnersRoleName: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || text.charAt(m.end) !== ',' || /\s/.test(m.text.trim())) return null;
  const hit = PARTNERS_ROLE_NAME.exec(text.slice(m.end, m.end + 120));
  const role = hit?.[1]?.split(/\s+/).pop() ?? '';
  const name = hit?.[2];
  if (!hit || !name || ROLE_NOUN_LOOKUP.get(role) !== 'person' || !isPersonName(name)) return null;
  const start = m.end + hit[0].length - name.length;
  return {
    mention: { start, end: start + name.length, text: name },
    cue: quote.cue,
    rule: 'mention/firm-partners-role-name',
  };
};
