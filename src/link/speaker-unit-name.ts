import { escapeRegExp, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// the nouns for a body another one owns, in lower case: "its Norvel Credit unit", "the division" (not the
// "Strategy Unit" of "the Downing Street Strategy Unit": a name's own word)
const UNIT = 'unit|subsidiary|division|affiliate';
// a capitalised name, words joined by "of", "and", "&": "Norvel Credit", "Bank of Tarnia"
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*)*`;
// "its Norvel Credit unit", "Norvel Motor Co's Norvel Credit unit", "<Keel Corp>'s Keel Labs division"
const UNIT_MENTION = new RegExp(
  String.raw`^(?:[Ii]ts|[Tt]heir|[Tt]he|<?(${NAME})>?['’]s)\s+(${NAME})\s+(${UNIT})$`,
  'u',
);
// the same written anywhere: "… said its Norvel Credit unit would …"
const UNIT_WRITTEN = new RegExp(
  String.raw`(?:\b[Ii]ts|\b[Tt]heir|\b[Tt]he|['’]s)\s+(${NAME})\s+(${UNIT})\b`,
  'gu',
);
// "The unit said …", "the division"
const THE_UNIT = new RegExp(`^[Tt]he\\s+(${UNIT})$`);
const UNIT_END = new RegExp(`(?:${UNIT})$`);
const OWNER_BEFORE = new RegExp(`<?(${NAME})>?$`, 'u');
// "its British unit", "its U.S. division", "its Asian affiliate": a place or a people's adjective names no body
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u;
// a company's legal form closing its owner's name: "Tarn PLC", "Brevik Corp"
const COMPANY_FORM =
  /\s(?:Corp|Corporation|Inc|Ltd|Limited|PLC|Plc|plc|AG|SA|NV|Co|Cos|Group|Holdings|LLC)\.?$/;
const PLACE_ABBREVIATION = /^(?:U\.?S\.?|U\.?K\.?|EU|E\.U\.)$/;

/**
 * Whether `name`, before "unit", names the body: an organisation's name ("Dictaphone Corp", "Bank of Tarnia"), or
 * one opening with a word of the owner's name or of another name the text writes ("Norvel Credit" of "Norvel
 * Motor Co"); not a place or a people ("its British unit", "its U.S. division").
 */
function namesBody(name: string, owner: string | undefined, text: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (isPlaceName(name) || PLACE_ABBREVIATION.test(first) || DEMONYM.test(first)) return false;
  // ("Tarn PLC's Vell unit": one word is the unit's name when its owner is a company named with its legal form)
  if (words.length < 2) return !!owner && COMPANY_FORM.test(owner) && !isOrganisationName(name);
  if (isOrganisationName(name)) return true;
  if (owner) return owner.split(/\s+/).includes(first);
  // (another name opening with the same word: "Norvel Motor Co")
  return new RegExp(
    `(?<![\\p{L}-])${escapeRegExp(first)}\\s+(?!${escapeRegExp(words[1] ?? '')}(?![\\p{L}-]))\\p{Lu}`,
    'u',
  ).test(text);
}

// '"…," said its Norvel Credit unit' → Norvel Credit; "The unit said …" after it → Norvel Credit: a body another
// owns speaks as the name the article gives it (the name before "unit", "subsidiary", "division")
export const speakerUnitName: SpeakerRule = ({ quote, text }) => {
  const m = quote.mention;
  // (both patterns below end on the unit's word: a mention ending on none is not read)
  if (!m || !UNIT_END.test(m.text)) return null;
  const own = UNIT_MENTION.exec(m.text);
  if (own?.[2]) {
    if (namesBody(own[2], own[1], text)) return { speaker: own[2], rule: 'speaker/unit-name' };
    return null;
  }
  // "The unit said …": the last body named with that noun before
  const bare = THE_UNIT.exec(m.text)?.[1];
  if (!bare) return null;
  let last: string | null = null;
  for (const w of text.slice(0, m.start).matchAll(UNIT_WRITTEN)) {
    if (w[2] !== bare || !w[1]) continue;
    const at = w.index ?? 0;
    // ("Norvel Motor Co's Norvel Credit unit": the owner's name right before the possessive)
    const owner = /^['’]s/.test(w[0])
      ? OWNER_BEFORE.exec(text.slice(Math.max(0, at - 80), at))?.[1]
      : undefined;
    last = namesBody(w[1], owner, text) ? w[1] : null;
  }
  return last ? { speaker: last, rule: 'speaker/unit-named-earlier' } : null;
};
