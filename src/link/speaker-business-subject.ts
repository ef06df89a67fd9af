import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { tokenStartingAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { organisationFitsRole } from './organisation-fits-role.js';
import {
  afterWordAndSpace,
  isCommonWord,
  isOrganisationName,
  isPlaceName,
  stripTitles,
} from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the company", "the semiconductor concern", "the jewelry store operator", "The thrift": a business by its kind,
// up to three words before the kind
export const BUSINESS_ROLE =
  /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}(company|firm|concern|thrift|operator|maker|manufacturer|retailer|chain|carrier|airline|insurer|lender|utility|brokerage|conglomerate|giant|carmaker|automaker|chipmaker|drugmaker|miner|developer|distributor|supplier)$/u;
// a name opening a sentence (after "But"/"And"), then a lower-case word: "Intel eased 1/8", "Weisfield's
// rocketed 9 1/2", "Kirschner Medical fell 4"
const OPENING_NAME =
  /^(?:(?:But|And)\s+)?(\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){0,4}(?:['’]s)?)\s+(\p{Ll}+)/u;

/**
 * "Intel eased 1/8 to 31 7/8. The semiconductor concern said …", "Weisfield's rocketed 9 1/2 after the jewelry
 * store operator said …": a business named by its kind goes to the business whose name opens, as its subject,
 * the sentence of the mention or the one just before in the paragraph (not a person, place or common word there:
 * "Ann Lee resigned. The company said …" is left to the rules after).
 */
export const speakerBusinessSubject: SpeakerRule = ({ quote, seg, text, names }) => {
  const m = quote.mention;
  const kind = m ? BUSINESS_ROLE.exec(m.text)?.[1] : undefined;
  if (!m || !kind) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const here = seg.sentences[k];
  if (!here) return null;
  const before = seg.sentences[k - 1];
  // (the mention's own sentence when it does not open it, else the one before in the same paragraph)
  const sentence = here.start < m.start ? here : before?.paragraph === here.paragraph ? before : undefined;
  if (!sentence) return null;
  const opening = OPENING_NAME.exec(text.slice(sentence.start, Math.min(sentence.end, m.start)));
  const run = opening?.[1];
  if (!opening || !run) return null;
  // (not inside the quote's own words: "Construction is expected to start soon, the company said")
  const at = sentence.start + opening[0].indexOf(run);
  if (at >= quote.start && at < quote.end) return null;
  // the word after the name is a verb ("eased", "fell"), not a noun of a phrase the name modifies ("Intel shares")
  const after = sentence.start + opening[0].length - (opening[2]?.length ?? 0);
  const verb = tokenStartingAt(seg.tokens, after);
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  // (a one-word name the tagger reads as one, a plural-looking one written inside a sentence too: not "Exports
  // fell")
  const opener = tokenStartingAt(seg.tokens, at);
  if (
    !/\s/.test(run) &&
    (opener?.pos !== 'PROPN' || (/\p{Ll}s$/u.test(run) && !afterWordAndSpace(text, run)))
  )
    return null;
  const name = /['’]s$/.test(run) && !/\s/.test(run) ? run : run.replace(/['’]s$/, '');
  const first = name.split(/\s+/)[0] ?? name;
  if (
    isPlaceName(name) ||
    (genderOfFirstName(first) !== null && !isOrganisationName(name)) ||
    names.persons.some((p) => p.name === name && p.roles.length > 0) ||
    (!/\s/.test(name) && isCommonWord(name, text, true)) ||
    /^(?:The|A|An|It|He|She|They|We|I|This|That|Shares|Prices|Sales|Profits|If|When|While|Although|Though|As|After|Before|Since|Because|Unless|Once|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(
      first,
    ) ||
    stripTitles(name).roles.length > 0
  )
    return null;
  if (!organisationFitsRole(kind, name)) return null;
  return { speaker: name, rule: 'speaker/business-subject' };
};
