import { spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { trimClauseEnd, wordCount } from './clause-helpers.js';
import type { IndirectRule } from './types.js';

// fires at a plant, which state media said were under control. / a levy which critics say will hurt farmers.
// The relative pronoun is the reported clause's subject: the report is the predicate after the cue, to the next break.
export const relativeClauseReport: IndirectRule = (ctx, r) => {
  if (!r.mention || r.passive || r.sharesWith !== null) return null;
  const rel = tokenIndexAt(ctx.tokens, r.mention.start) - 1;
  if (!/^(?:which|who|that)$/.test(tokenText(ctx, rel))) return null;
  // "the case on which the Court has ruled was …": after a preposition the pronoun is not the clause's subject
  if (ctx.tokens[rel - 1]?.pos === 'ADP') return null;
  const next = ctx.tokens[r.cue + 1];
  if (!next || (next.pos !== 'AUX' && next.pos !== 'VERB') || /ing$/i.test(tokenText(ctx, r.cue + 1)))
    return null;
  const s = r.sentence;
  const rest = ctx.text.slice(next.start, s.end);
  const stop = rest.search(/[,;:()"“”]|\s[-–—]\s/);
  const end = trimClauseEnd(ctx, next.start, stop < 0 ? s.end : next.start + stop);
  if (wordCount(ctx, next.start, end) < 2) return null;
  const cueTok = ctx.tokens[r.cue];
  const cue = spanOf(ctx, ctx.tokens[r.group]?.start ?? 0, cueTok?.end ?? 0);
  return {
    start: next.start,
    end,
    cue,
    mention: r.mention,
    rule: 'relative-clause-report',
    confidence: 0.7,
    passive: false,
  };
};
