import type { MentionRule } from './speaker-rule.js';

// a capitalised word of a name ("Media", "Signal", "AT&T"; no stop, which may end a sentence)
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*`;
// the name's head and its "for"/"of" before the list's first item, closed by the list's comma: "Department for
// Media, ", "the Centre for Vision, "; with a person's noun and its preposition before it, when written: "A
// spokeswoman for the Department for Media, "
const HEAD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’&-])(?:(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:for|of|at|from)\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:${CAP}\s+){1,4}(?:for|of)\s+(?:the\s+)?(?:${CAP}\s+){0,2}${CAP},\s+$`,
  'u',
);
// the mention opening with the list's last items: "Culture and Sport spokeswoman", "Speech and Signal Processing"
const LIST_CLOSE = new RegExp(String.raw`^(?:${CAP}\s+){0,2}(?:and|&)\s+${CAP}`, 'u');
// the mention ending in a name's "for"/"of" and first item: "a Department for Media"
const HEAD_END = new RegExp(String.raw`\s(?:for|of)\s+(?:the\s+)?${CAP}$`, 'u');
// the rest of the list after such a mention, with a person's noun or two after it: ", Culture and Sport
// spokeswoman"
const LIST_AFTER = new RegExp(
  String.raw`^(?:,\s+${CAP}(?:\s+${CAP})*)+\s+(?:and|&)\s+${CAP}(?:\s+${CAP})*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?=\s*(?:[.,;:!?"”]|$|\s(?:said|says|told|added)\b))`,
  'u',
);

// a firm's name of partners' names closing in "and Co" / "& Co", with a company form after it when written
const FIRM_CLOSE = String.raw`(?:and|&)\s+Co\b\.?(?:,?\s+(?:Inc|Ltd|LLC|PLC|Plc|Corp|Limited)\b\.?)?`;
// what may follow the name: a stop, or a reporting verb (not "Keel & Co's chief", "Keel and Co partner")
const FIRM_ENDS = String.raw`(?=\s*(?:[.,;:!?"”)]|$|\s(?:said|says|told|added)\b))`;
// the rest of such a name after a mention holding its first partner: ", Ames and Co Inc", ", Ames & Co"
const FIRM_AFTER = new RegExp(String.raw`^,\s+${CAP}(?:\s+${CAP})?,?\s+${FIRM_CLOSE}${FIRM_ENDS}`, 'u');
// the mention holding its last partners: "Ames and Co Inc", with its first partner before it: "Keel, "
const FIRM_LAST = new RegExp(String.raw`^${CAP}(?:\s+${CAP})?,?\s+${FIRM_CLOSE}$`, 'u');
const FIRM_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}'’&-])${CAP},\s+$`, 'u');

/**
 * "…," said lead manager Keel, Ames and Co Inc. / Keel, Ames & Co said … — a firm named by its partners, "X, Y and
 * Co", that the quote finder cut at its comma: the mention is widened to the whole name (not a firm in a list of
 * three or more names: "Tarn, Keel, Ames and Co").
 */
function mentionFirmOfPartners(m: { start: number; end: number; text: string }, text: string) {
  // (each pattern tried only where its first mark is: a comma right after the mention, "Co" in it)
  const rest = text.charAt(m.end) === ',' ? FIRM_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
  // (the first partner one word, no full name's surname: "lead manager Keel", "Keel"; not "Ann Reid")
  if (rest && /(?:^|\s\p{Ll}[\p{Ll}-]*\s+)\p{Lu}[\p{L}\p{M}'’&-]*$/u.test(m.text)) {
    const end = m.end + rest[0].trimEnd().replace(/[.]$/, '').length;
    return { start: m.start, end, text: text.slice(m.start, end) };
  }
  if (!m.text.includes('Co') || !FIRM_LAST.test(m.text.replace(/[.]$/, ''))) return null;
  const first = FIRM_FIRST.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!first) return null;
  const start = m.start - first[0].length;
  // (not a list's item, "Tarn, Keel, Ames and Co"; nor a full name's surname, "Ann Reid, Ames and Co")
  const before = text.slice(Math.max(0, start - 30), start);
  if (/,\s*$/.test(before) || /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u.test(before)) return null;
  return { start, end: m.end, text: text.slice(start, m.end) };
}

const FIRM_WHOLE = new RegExp(String.raw`(?:^|\s)(${CAP},\s+${CAP}(?:\s+${CAP})?,?\s+${FIRM_CLOSE})$`, 'u');

/** The firm's whole name in a mention widened by `mention/firm-of-partners` ("lead manager Keel, Ames and Co Inc"
 * → "Keel, Ames and Co Inc") when the speaker found is a part of it ("Ames and Co Inc", "Keel"); null otherwise. */
export function firmOfPartnersName(speaker: string, mention: string | undefined): string | null {
  const whole = mention ? FIRM_WHOLE.exec(mention.replace(/\s+/g, ' ').replace(/[.]$/, ''))?.[1] : undefined;
  if (!whole || whole === speaker) return null;
  return whole.endsWith(speaker) || whole.startsWith(`${speaker},`) ? whole : null;
}

// A Department for Media, Culture and Sport spokeswoman said … / "…," said a Department for Media, Culture and
// Sport spokeswoman. — a name holding a list of capitalised words ("for Media, Culture and Sport") that the quote
// finder cut at the list's comma: the mention is widened to the whole name with the words of the phrase around it.
export const mentionCommaListName: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m) return null;
  const firm = mentionFirmOfPartners(m, text);
  if (firm) return { mention: firm, cue: quote.cue, rule: 'mention/firm-of-partners' };
  // (each pattern tried only where its words are: "and" or "&", "for" or "of")
  if ((m.text.includes('and') || m.text.includes('&')) && LIST_CLOSE.test(m.text)) {
    const head = HEAD_BEFORE.exec(text.slice(Math.max(0, m.start - 100), m.start));
    if (!head) return null;
    const start = m.start - head[0].length;
    // (not an item of a list of names: "Morrisons, House of Fraser, Marks & Spencer and Big Food all said")
    if (/,\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
    return {
      mention: { start, end: m.end, text: text.slice(start, m.end) },
      cue: quote.cue,
      rule: 'mention/comma-list-name',
    };
  }
  if ((m.text.includes('for') || m.text.includes('of')) && HEAD_END.test(m.text)) {
    const rest = LIST_AFTER.exec(text.slice(m.end, m.end + 100));
    if (!rest) return null;
    const end = m.end + rest[0].length;
    return {
      mention: { start: m.start, end, text: text.slice(m.start, end) },
      cue: quote.cue,
      rule: 'mention/comma-list-name',
    };
  }
  return null;
};
