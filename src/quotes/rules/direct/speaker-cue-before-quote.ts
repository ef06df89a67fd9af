import { isPassiveCue } from '../../cue-tokens.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';

// Smith said: “We will win.” / He added that it was “the best deal we could get”.
// A cue without its own subject takes the one before it: “…”, Putin said, insisting it was “open for work”.
export const speakerCueBeforeQuote: DirectRule = (ctx, c) => {
  if (c.preStart >= c.quote.open) return null;
  const cues = cuesBetween(ctx, c.preStart, c.quote.open).filter((x) => !isPassiveCue(ctx, x.group, x.cue));
  const last = cues[cues.length - 1];
  if (!last) return null;
  const cue = cueSpan(ctx, last.group, last.cue, c.quote.open);
  if (last.mention) return { cue, mention: last.mention, rule: 'speaker-cue-before-quote', confidence: 0.9 };
  const earlier = [...cues].reverse().find((x) => x.mention);
  if (earlier?.mention)
    return {
      cue,
      mention: earlier.mention,
      rule: 'speaker-cue-before-quote/shared-subject',
      confidence: 0.8,
    };
  return null;
};
