import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../segment/calendar-words.js';
import { monthOpensName } from '../segment/month-first-name.js';
import { isOrganisationName } from './speaker-names.js';

// capitalised words before a name that open a clause or stand for a country, not words of the name
const NOT_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|As|If|When|While|After|Before|Earlier|Later|Meanwhile|According|Both|U\.S\.|US|U\.K\.|UK|EU|U\.N\.|UN)$/;
// a capitalised word or initials: "Applied", "A.", "J.W."
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}&-]*|(?:\p{Lu}\.){1,3})`;
// the capitalised words right before a place in the text (one pattern, built once)
const BEFORE = new RegExp(String.raw`((?:${WORD}[ \t]+)*)$`, 'u');

const DAY_WORD = /^(?:Yesterday|Today|Tonight|Tomorrow)$/;
// a capitalised weekday or month as the text writes it: "Friday", "March"
const isCalendarWord = (word: string, names: readonly string[]) =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && names.includes(word.toLowerCase());

// "On Friday Tarn Bank said", "Yesterday Tarn Bank said", "In March Tarn Bank said": a day opening the clause, no
// word of the name (a month only when it opens no name, segment/month-first-name: "March Capital Partners said"
// may be a name); `next` is the word after the last of `words`
function timeWord(words: string[], w: number, lead: string, next: readonly string[]): boolean {
  const word = words[w] ?? '';
  if (DAY_WORD.test(word) || isCalendarWord(word, WEEKDAY_NAMES)) return true;
  if (!isCalendarWord(word, MONTH_NAMES)) return false;
  const after = [...words.slice(w + 1), ...next];
  return !monthOpensName(w > 0 ? (words[w - 1] ?? '') : lead, word, after[0] ?? '', after[1] ?? '');
}

/**
 * An organisation's name as the text always writes it, when the speaker lost its first words to title or
 * role stripping: "Tobacco Products Inc" where the text only ever writes "Keel Tobacco Products Inc",
 * "Intelligence Unit" only in "Economist Intelligence Unit". Null when the text writes the name alone anywhere,
 * or with different words before it.
 */
export function organisationWrittenWhole(speaker: string, text: string): string | null {
  if (!/\s/.test(speaker) || !isOrganisationName(speaker) || /['’]/.test(speaker)) return null;
  if (genderOfFirstName(speaker.split(/\s+/)[0] ?? '') !== null) return null;
  // "Chess Federation President": a person's office, not a body's name
  if (
    /\s(?:President|Chairman|Chairwoman|Chair|Minister|Secretary|Director|Spokesman|Spokeswoman|Chief|Head|Governor)$/.test(
      speaker,
    )
  )
    return null;
  // the capitalised words right before each place the text writes the name
  const before = BEFORE;
  const speakerWords = speaker.split(/\s+/);
  let prefix: string | null = null;
  for (let i = text.indexOf(speaker); i >= 0; i = text.indexOf(speaker, i + 1)) {
    if (
      /[\p{L}\p{M}\p{N}'’&.-]/u.test(text[i - 1] ?? '') ||
      /[\p{L}\p{M}\p{N}'’&-]/u.test(text[i + speaker.length] ?? '')
    )
      continue;
    const window = text.slice(Math.max(0, i - 120), i);
    const run = before.exec(window);
    // the word before the capitalised words: "in" of "in March Tarn Bank"
    const lead = /(\S+)\s*$/.exec(window.slice(0, run?.index ?? window.length))?.[1] ?? '';
    const words = (run?.[1] ?? '')
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean);
    let from = words.length;
    // ("Keel-controlled Tobacco Products Inc": a compound adjective ends the name's words)
    while (
      from > 0 &&
      !NOT_NAME.test(words[from - 1] ?? '') &&
      !/-\p{Ll}/u.test(words[from - 1] ?? '') &&
      !timeWord(words, from - 1, lead, speakerWords)
    )
      from--;
    const own = words.slice(from).join(' ');
    // written alone, or with other words before it: no one fuller name
    if (!own || (prefix !== null && own !== prefix)) return null;
    prefix = own;
  }
  return prefix ? `${prefix} ${speaker}` : null;
}
