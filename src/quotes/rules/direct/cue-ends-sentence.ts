import { isPassiveCue } from '../../cue-tokens.js';
import { tokenIndexAt, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';

// Bosses held “constructive and friendly” talks with the exchange, its chief has said.
export const cueEndsSentence: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const cues = cuesBetween(ctx, c.quote.close + 1, c.postEnd).filter(
    (x) => !isPassiveCue(ctx, x.group, x.cue),
  );
  const last = cues[cues.length - 1];
  if (!last?.mention) return null;
  if (tokenText(ctx, tokenIndexAt(ctx.tokens, last.mention.start) - 1) !== ',') return null;
  const rest = ctx.text.slice(ctx.tokens[last.cue]?.end ?? c.postEnd, c.postEnd);
  if (/[,;:]/.test(rest.replace(/[.!?"”’]+\s*$/, ''))) return null;
  return {
    cue: cueSpan(ctx, last.group, last.cue, c.postEnd),
    mention: last.mention,
    rule: 'cue-ends-sentence',
    confidence: 0.8,
  };
};
