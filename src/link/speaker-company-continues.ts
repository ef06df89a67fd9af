import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// "the company", "the carmaker", "the pan-Nordic bourse": a business named by its kind
const BUSINESS =
  /^the\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|bank|carrier|airline|retailer|insurer|maker|carmaker|chipmaker|manufacturer|bookmaker|bourse|exchange|operator|publisher|chain|lender|giant)$/iu;
// speakers the organisation rules named
const ORGANISATION_RULE =
  /^speaker\/(?:organisation-name|longer-organisation-name|class-named|acronym-expanded)\b/;

// "Ardent, which said it found the flaw, still plans …. Because of the glitch, however, the company said …": the
// organisation quoted in the sentence just before, not the one the story mentions most
export const speakerCompanyContinues: SpeakerRule = ({ quote, previous, seg }) => {
  if (!BUSINESS.test(quote.mention?.text ?? '')) return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker || !ORGANISATION_RULE.test(prev.speakerRule ?? '')) return null;
  if (paragraphOf(seg, quote.start) !== paragraphOf(seg, prev.start)) return null;
  const here = seg.sentences.findIndex((s) => quote.start >= s.start && quote.start < s.end);
  const there = seg.sentences.findIndex((s) => prev.start >= s.start && prev.start < s.end);
  if (here < 0 || there < 0 || here - there > 1) return null;
  return { speaker: prev.speaker, rule: 'speaker/company-continues-previous' };
};
