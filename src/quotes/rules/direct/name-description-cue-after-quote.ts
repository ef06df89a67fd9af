import { mentionAfter } from '../../find-mention.js';
import { tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween, firstWordToken } from './attribution-helpers.js';

// “…,” Alois Brandt, its minister for the economy added. — a name, a description, then the cue
export const nameDescriptionCueAfterQuote: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const i = firstWordToken(ctx, c.quote.close + 1, c.postEnd);
  const name = mentionAfter(ctx, i, c.postEnd);
  if (!name || !/^\p{Lu}/u.test(name.text)) return null;
  let k = i;
  while ((ctx.tokens[k]?.end ?? Infinity) <= name.end) k++;
  if (tokenText(ctx, k) !== ',') return null;
  const cue = cuesBetween(ctx, ctx.tokens[k]?.end ?? c.postEnd, c.postEnd)[0];
  if (!cue || cue.cue - k > 12) return null;
  return {
    cue: cueSpan(ctx, cue.group, cue.cue, c.postEnd),
    mention: name,
    rule: 'name-description-cue-after-quote',
    confidence: 0.85,
  };
};
