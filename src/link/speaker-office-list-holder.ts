import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import type { MentionRule } from './speaker-rule.js';

// an office "for"/"of" a list of capitalised subjects, its commas before the mention: "Minister for Roads, "
const OFFICE_FOR = String.raw`(?:Minister|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson|Envoy|Ambassador)\s+(?:of\s+State\s+)?(?:for|of)\s+`;
const OFFICE_LIST_BEFORE = new RegExp(
  String.raw`\b${OFFICE_FOR}(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*,\s+(?:\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*,\s+)*$`,
  'u',
);
/** What the fix cannot apply without, anywhere in the text: the office and its "for" or "of". */
export const OFFICE_LIST_HOLDER_NEEDS = new RegExp(OFFICE_FOR, 'u');

// the mention: the list's last subjects joined by "and", then the holder's name
const LIST_TAIL =
  /^\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*\s+and\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)+)$/u;

/**
 * "Minister for Roads, Rail and Ports Ann Tull said": the quote finder's mention "Rail and Ports Ann Tull" is the
 * end of the office's list of subjects and the holder's name → the name: its last two words, or three when the first
 * of them is a given name.
 */
export const mentionOfficeListHolder: MentionRule = ({ quote, text }) => {
  const mention = quote.mention;
  const run = mention ? LIST_TAIL.exec(mention.text)?.[1] : undefined;
  if (!mention || !run) return null;
  if (!OFFICE_LIST_BEFORE.test(text.slice(Math.max(0, mention.start - 160), mention.start))) return null;
  const words = run.split(/\s+/);
  // (the names known are no help: "Ports Ann Tull" is one to them) a given name three words from the end, else two
  const k = words.length > 3 && genderOfFirstName(words[words.length - 3] ?? '') !== null ? 3 : 2;
  if (words.length <= k) return null;
  const name = words.slice(-k).join(' ');
  if (genderOfFirstName(words[words.length - k] ?? '') === null && words.length > 3) return null;
  return {
    mention: { start: mention.end - name.length, end: mention.end, text: name },
    cue: null,
    rule: 'mention/office-list-holder',
  };
};
