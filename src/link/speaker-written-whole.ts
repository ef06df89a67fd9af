import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { isOrganisationName } from './speaker-names.js';

// capitalised words before a name that open a clause or stand for a country, not words of the name
const NOT_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|Or|As|If|When|While|After|Before|Earlier|Later|Meanwhile|According|Both|U\.S\.|US|U\.K\.|UK|EU|U\.N\.|UN)$/;
// a capitalised word or initials: "Applied", "A.", "J.W."
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}&-]*|(?:\p{Lu}\.){1,3})`;
// the capitalised words right before a place in the text (one pattern, built once)
const BEFORE = new RegExp(String.raw`((?:${WORD}[ \t]+)*)$`, 'u');

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
  let prefix: string | null = null;
  for (let i = text.indexOf(speaker); i >= 0; i = text.indexOf(speaker, i + 1)) {
    if (
      /[\p{L}\p{M}\p{N}'’&.-]/u.test(text[i - 1] ?? '') ||
      /[\p{L}\p{M}\p{N}'’&-]/u.test(text[i + speaker.length] ?? '')
    )
      continue;
    const words = (before.exec(text.slice(Math.max(0, i - 120), i))?.[1] ?? '')
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean);
    let from = words.length;
    // ("Keel-controlled Tobacco Products Inc": a compound adjective ends the name's words)
    while (from > 0 && !NOT_NAME.test(words[from - 1] ?? '') && !/-\p{Ll}/u.test(words[from - 1] ?? ''))
      from--;
    const own = words.slice(from).join(' ');
    // written alone, or with other words before it: no one fuller name
    if (!own || (prefix !== null && own !== prefix)) return null;
    prefix = own;
  }
  return prefix ? `${prefix} ${speaker}` : null;
}
