import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// “We did everything we could.” (a quote paragraph with no attribution) → the previous quote's speaker.
export const speakerContinuesPrevious: SpeakerRule = ({ quote, previous, seg }) => {
  if (quote.mention || quote.type !== 'direct') return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 2) return null;
  return { speaker: prev.speaker, rule: 'speaker/continues-previous' };
};
