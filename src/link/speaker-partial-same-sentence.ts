import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { span } from './speaker-trailing-helpers.js';

// Ann Tull said the plan came “far too late” because the town had “never asked the people who live here.” —
// a partial quote with no attribution of its own, after another quote of the same sentence: that quote's
// mention, when it stands in the sentence too (one report, one speaker).
export const mentionPartialSameSentence: MentionRule = ({ quote, text, seg, previous }) => {
  if (quote.type !== 'direct' || !quote.partial || quote.mention) return null;
  const prev = previous[previous.length - 1];
  if (prev?.type !== 'direct' || !prev.mention || prev.end > quote.start) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!sentence || prev.start < sentence.start || prev.mention.start < sentence.start) return null;
  return {
    mention: span(text, prev.mention.start, prev.mention.end),
    cue: prev.cue,
    rule: 'mention/partial-same-sentence',
  };
};
