import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { tokenIndexAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { cachedRegExp, escapeRegExp, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerChoice, SpeakerInput } from './speaker-rule.js';

// the sentence's opening: a time or place phrase set off by a comma, then the subject's name (an acronym in
// brackets after it), an appositive set off by commas, and a verb in the past or present
const OPENING =
  /^(?:(?:In|On|At|By|Last|Earlier|Later|Since|After|Before|During|Meanwhile)\b[^,.;"“”]{0,40},\s+)?(?:The\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}&.'’-]*){0,5})(?:\s+\([^)]{1,12}\))?(?:,\s+[^,;"“”]{3,80},)?\s+(?:also\s+|has\s+|had\s+)?(\p{Ll}+)\s/u;
// the pronoun hangs on the main clause: a subordinator or "and" right before it
const JOINED = /(?:^|\s)(?:because|after|as|since|when|while|although|though|and|but)\s+$/;

/**
 * "In May, Keel Foods, a unit of Vell Holdings Corp, shut its plant because it said demand had fallen": an "it"
 * inside the clause that hangs on a sentence whose subject is an organisation is that organisation, not one the
 * subject's appositive names in passing. `fullest` gives the name as the text writes it in full ("Keel Foods Inc").
 */
export function pronounSentenceOrganisation(
  input: SpeakerInput,
  fullest: (name: string) => string,
): SpeakerChoice | null {
  const { quote, seg, text, names, previous } = input;
  const m = quote.mention;
  if (m?.text !== 'it') return null;
  const here = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!here || here.start === m.start) return null;
  const before = text.slice(here.start, m.start);
  if (!JOINED.test(before)) return null;
  const o = OPENING.exec(before);
  const name = o?.[1];
  if (!o || !name || o[0].length > before.length) return null;
  // (not a person, a place, a word that opens any sentence)
  if (isPlaceName(name) || /^(?:It|He|She|They|This|That|These|Those|But|And)$/.test(name)) return null;
  if (genderOfFirstName(name.split(/\s+/)[0] ?? '') !== null && !isOrganisationName(name)) return null;
  // ("Iowa Beef" after "Iowa Beef Processors Inc": the name the text gives in full, with its legal form)
  const withForm = cachedRegExp(
    `(?<![\\p{L}])${escapeRegExp(name)}(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3}\\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA)\\b`,
    'u',
  ).exec(text)?.[0];
  const full = withForm ?? fullest(name);
  if (!isOrganisationName(full) && !names.organisations.some((x) => x.name === name || x.name === full))
    return null;
  const verbEnd = here.start + o[0].length;
  const verb = seg.tokens[tokenIndexAt(seg.tokens, verbEnd - 1 - (o[2]?.length ?? 0))];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  // nothing between the verb and the pronoun that could speak: no other organisation, person or report
  const between = (at: number) => at >= verbEnd && at < m.start;
  if (names.organisations.some((x) => between(x.start)) || names.persons.some((x) => between(x.start)))
    return null;
  if (previous.some((q) => q.start > here.start && q.start < m.start)) return null;
  return { speaker: full, rule: 'speaker/pronoun-sentence-organisation' };
}
