import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { hasVerb, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import { isTimeDistanceAdjunct } from './time-distance-adjunct.js';
import type { IndirectRule } from './types.js';

// A lot of money, he says, has gone abroad. / Then, say analysts, there is corporate profit.
export const parentheticalCue: IndirectRule = (ctx, r) => {
  const s = r.sentence;
  const cueTok = ctx.tokens[r.cue];
  if (!cueTok || r.passive) return null;
  let mention = r.mention;
  let leftComma: number;
  let afterEnd: number;
  if (mention && r.sharesWith === null) {
    leftComma = tokenIndexAt(ctx.tokens, mention.start) - 1;
    afterEnd = cueTok.end;
  } else if (!mention) {
    leftComma = r.group - 1;
    mention = mentionAfter(ctx, r.cue + 1, s.end);
    if (!mention) return null;
    afterEnd = mention.end;
  } else return null;
  const rightComma = tokenIndexAt(ctx.tokens, afterEnd);
  if (tokenText(ctx, leftComma) !== ',' || tokenText(ctx, rightComma) !== ',') return null;
  const lc = ctx.tokens[leftComma];
  const rc = ctx.tokens[rightComma];
  if (!lc || !rc) return null;
  const leftStart = trimClauseStart(ctx, s.start, lc.start);
  const rightStart = trimClauseStart(ctx, rc.end, s.end);
  const end = trimClauseEnd(ctx, rightStart, s.end);
  const start = wordCount(ctx, leftStart, lc.start) <= 3 ? rightStart : leftStart;
  // "Rents rose, the minister said, a week after he promised …": a time measured from an event is no report
  if (start === rightStart && isTimeDistanceAdjunct(ctx, rightComma + 1)) return null;
  if (wordCount(ctx, start, end) < 4 || !hasVerb(ctx, tokenIndexAt(ctx.tokens, rightStart), end)) return null;
  const cue = spanOf(ctx, ctx.tokens[r.group]?.start ?? 0, cueTok.end);
  return { start, end, cue, mention, rule: 'parenthetical-cue', confidence: 0.7, passive: false };
};
