import { rangeIndexHolding } from '../quotes/span-index.js';
import { spokeAsOrganisation } from './speaker-company-continues.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// "the organisation", "the non-profit organization": a body named by its kind
const ORGANISATION = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?organi[sz]ation$/u;

// "The Harbour Trust said in a statement that the pier would close. ¶ The organisation added …": the organisation
// quoted in the sentence just before, not the one the story mentions most
export const speakerOrganisationContinues: SpeakerRule = ({ quote, previous, seg, text, names }) => {
  if (!ORGANISATION.test(quote.mention?.text ?? '')) return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker || !spokeAsOrganisation(prev, text, names)) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 1) return null;
  // (a sentence between may name another subject: only the sentence just before)
  const at = quote.mention?.start ?? quote.start;
  const here = rangeIndexHolding(seg.sentences, at);
  const end = Math.max(prev.end, prev.mention?.end ?? 0) - 1;
  const there = rangeIndexHolding(seg.sentences, end);
  if (here < 0 || there < 0 || here - there > 1 || here < there) return null;
  return { speaker: prev.speaker, rule: 'speaker/organisation-continues-previous' };
};
