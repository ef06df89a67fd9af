import { spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { TIME_NOUNS, trimClauseEnd, wordCount, wordsPattern } from './clause-helpers.js';
import type { IndirectRule } from './types.js';

// fires at a plant, which state media said were under control. / a levy which critics say will hurt farmers.
// a clause critics say would hurt farmers (no relative pronoun).
// The relative pronoun is the reported clause's subject: the report is the predicate after the cue, to the next break.
const TIME = wordsPattern(TIME_NOUNS);

export const relativeClauseReport: IndirectRule = (ctx, r) => {
  if (!r.mention || r.passive || r.sharesWith !== null) return null;
  const rel = tokenIndexAt(ctx.tokens, r.mention.start) - 1;
  const next = ctx.tokens[r.cue + 1];
  // "a provision they say could exclude single mothers", "a watch Ann said was one of ten made": no relative
  // pronoun, a common noun before a short subject, and an auxiliary right after the cue
  const zero =
    r.group === r.cue &&
    // (not "the planet they found was …": a verb that takes the noun as its object)
    /^(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|insist|insists|insisted|argue|argues|argued|contend|contends|contended)$/i.test(
      tokenText(ctx, r.cue),
    ) &&
    rel > r.first &&
    ctx.tokens[rel]?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(tokenText(ctx, rel)) &&
    !TIME.test(tokenText(ctx, rel)) &&
    wordCount(ctx, r.mention.start, r.mention.end) <= 4 &&
    next?.pos === 'AUX' &&
    !/^(?:to|that)$/i.test(tokenText(ctx, r.cue + 1));
  if (!zero && !/^(?:which|who|that)$/.test(tokenText(ctx, rel))) return null;
  // "the case on which the Court has ruled was …": after a preposition the pronoun is not the clause's subject
  if (ctx.tokens[rel - 1]?.pos === 'ADP' && !zero) return null;
  if (!next || (next.pos !== 'AUX' && next.pos !== 'VERB') || /ing$/i.test(tokenText(ctx, r.cue + 1)))
    return null;
  const s = r.sentence;
  const rest = ctx.text.slice(next.start, s.end);
  const stop = breakPast(rest);
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

// "which he said is designed to "sow discord" in the port and to …": a quoted stretch closed inside the clause is
// part of it (a long one is kept as a direct quote, which then drops this record); the first other break ends it
const BREAK = /[,;:()"“”]|\s[-–—]\s/g;
function breakPast(rest: string): number {
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(rest); m; m = BREAK.exec(rest)) {
    if (m[0] !== '"' && m[0] !== '“') return m.index;
    // (a mark opening a quoted stretch: its close, with no break but a comma before the mark)
    const close = rest.slice(m.index + 1).search(/["”]/);
    if (close < 0 || /[;:()]/.test(rest.slice(m.index + 1, m.index + 1 + close))) return m.index;
    BREAK.lastIndex = m.index + close + 2;
  }
  return -1;
}
