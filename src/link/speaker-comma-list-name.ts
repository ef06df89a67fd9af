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

// A Department for Media, Culture and Sport spokeswoman said … / "…," said a Department for Media, Culture and
// Sport spokeswoman. — a name holding a list of capitalised words ("for Media, Culture and Sport") that the quote
// finder cut at the list's comma: the mention is widened to the whole name with the words of the phrase around it.
export const mentionCommaListName: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m) return null;
  if (LIST_CLOSE.test(m.text)) {
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
  if (HEAD_END.test(m.text)) {
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
