import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween, firstWordToken } from './attribution-helpers.js';

// “We will win,” Smith said. / “We will win,” the president told reporters. / “…”, Hugh Hill, a doctor, said.
export const speakerCueAfterQuote: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const i = firstWordToken(ctx, c.quote.close + 1, c.postEnd);
  const first = ctx.tokens[i];
  if (!first || first.start >= c.postEnd) return null;
  const cues = cuesBetween(ctx, first.start, c.postEnd).slice(0, 1);
  const hit = cues.find((x) => x.mention && x.mention.start === first.start && x.cue - i <= 20);
  if (!hit?.mention) return null;
  return {
    cue: cueSpan(ctx, hit.group, hit.cue, c.postEnd),
    mention: hit.mention,
    rule: 'speaker-cue-after-quote',
    confidence: 0.95,
  };
};
