import { isPassiveCue } from '../../cue-tokens.js';
import { mentionAfter } from '../../find-mention.js';
import { tokenIndexAt, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { cueSpan, cuesBetween } from './attribution-helpers.js';

// Bosses held “constructive and friendly” talks with the exchange, its chief has said. / … , said Tom Vell.
export const cueEndsSentence: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const cues = cuesBetween(ctx, c.quote.close + 1, c.postEnd).filter(
    (x) => !isPassiveCue(ctx, x.group, x.cue),
  );
  const last = cues[cues.length - 1];
  // "“It's high time” the boy went home, said Tom Vell, a former adviser.": an inverted cue ends the sentence
  if (
    last &&
    !last.mention &&
    tokenText(ctx, last.group - 1) === ',' &&
    !/ing$/i.test(tokenText(ctx, last.cue))
  ) {
    const after = mentionAfter(ctx, last.cue + 1, c.postEnd);
    const rest = after ? ctx.text.slice(after.end, c.postEnd).replace(/[.!?"”’']+\s*$/, '') : ';';
    // "…, said Tom Vell, editor of the Harbour Report, a trade weekly.": up to two appositions after the name
    if (after && /^(?:,[^,;:"“”]{1,100}){0,2}$/.test(rest))
      return {
        cue: cueSpan(ctx, last.group, last.cue, c.postEnd),
        mention: after,
        rule: 'cue-ends-sentence/inverted',
        confidence: 0.8,
      };
  }
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
