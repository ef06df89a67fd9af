import { isPassiveCue } from '../../cue-tokens.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';

// Smith told the inquiry:
// “We did everything we could.”
export const cueEndsPreviousParagraph: DirectRule = (ctx, c) => {
  const p = ctx.seg.paragraphs[c.quote.paragraph];
  const prev = ctx.seg.paragraphs[c.quote.paragraph - 1];
  if (!p || !prev || c.quote.open !== p.start || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end)))
    return null;
  const lastSentence = [...ctx.seg.sentences].reverse().find((s) => s.paragraph === prev.index);
  if (!lastSentence) return null;
  const cues = cuesBetween(ctx, lastSentence.start, lastSentence.end).filter(
    (x) => !isPassiveCue(ctx, x.group, x.cue),
  );
  const last = [...cues].reverse().find((x) => x.mention);
  if (!last?.mention) return null;
  return {
    cue: cueSpan(ctx, last.group, last.cue, lastSentence.end),
    mention: last.mention,
    rule: 'cue-ends-previous-paragraph',
    confidence: 0.85,
  };
};
