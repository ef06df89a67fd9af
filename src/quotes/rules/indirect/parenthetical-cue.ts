import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { asAsideComma } from './as-aside.js';
import { hasVerb, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import { cueAdjunctComma } from './cue-adjunct-comma.js';
import { subjectBeforeAside } from './subject-before-aside.js';
import { isTimeDistanceAdjunct } from './time-distance-adjunct.js';
import type { IndirectRule } from './types.js';

const opensWithVerb = (ctx: Parameters<IndirectRule>[0], v: number) =>
  /^(?:AUX|VERB)$/.test(ctx.tokens[v]?.pos ?? '') &&
  /^\p{Ll}+$/u.test(tokenText(ctx, v)) &&
  !/ing$/.test(tokenText(ctx, v));

// A lot of money, he says, has gone abroad. / Then, say analysts, there is corporate profit.
export const parentheticalCue: IndirectRule = (ctx, r, all) => {
  const s = r.sentence;
  const cueTok = ctx.tokens[r.cue];
  if (!cueTok || r.passive) return null;
  let mention = r.mention;
  let leftComma: number;
  let afterEnd: number;
  let aside = -1;
  if (mention && r.sharesWith === null) {
    leftComma = tokenIndexAt(ctx.tokens, mention.start) - 1;
    // "The plan, as Ola Roe said, will cost …"
    aside = asAsideComma(ctx, leftComma, r.cue);
    if (aside >= 0) leftComma = aside;
    afterEnd = cueTok.end;
  } else if (!mention) {
    // (a participle takes an object, not an inverted speaker: "Vane, recalling breakfasts with Lund, described …")
    if (/ing$/i.test(cueTok.norm)) return null;
    leftComma = r.group - 1;
    mention = mentionAfter(ctx, r.cue + 1, s.end);
    if (!mention) return null;
    afterEnd = mention.end;
  } else return null;
  let rightComma = tokenIndexAt(ctx.tokens, afterEnd);
  // "The desks, he told her, were for members only": the one told, a pronoun, inside the commas
  if (
    r.mention &&
    rightComma === r.cue + 1 &&
    /^(?:told|tells|tell)$/i.test(cueTok.norm) &&
    /^(?:me|him|her|us|them|reporters)$/i.test(tokenText(ctx, rightComma)) &&
    tokenText(ctx, rightComma + 1) === ','
  )
    rightComma++;
  // "The advert, said Ann Roe, the director of the league, is meant …": the speaker's appositive, with no verb of
  // its own and a verb right after it, goes with the aside (not "…, said Roe, the gangs, which are …, work")
  if (
    !r.mention &&
    tokenText(ctx, rightComma) === ',' &&
    /^(?:the|a|an)$/i.test(tokenText(ctx, rightComma + 1))
  ) {
    let next = rightComma + 2;
    while (next <= r.last && tokenText(ctx, next) !== ',') next++;
    const at = ctx.tokens[next]?.start ?? s.end;
    if (next <= r.last && !hasVerb(ctx, rightComma + 1, at) && opensWithVerb(ctx, next + 1))
      rightComma = next;
  }
  // "The plan, the mayor said on Tuesday, will cost …": the cue's adjunct sits inside the commas
  // (only for a cue after its subject: not "Commenting on the layoffs, Iomega said …")
  // (and the words after it must open with the verb of the words before it: not "In its bulletin, the agency
  // said in Colorado, calving continued")
  if (tokenText(ctx, rightComma) !== ',' && leftComma < r.group && rightComma === r.cue + 1) {
    rightComma = cueAdjunctComma(ctx, rightComma, r.last);
    if (!opensWithVerb(ctx, rightComma + 1)) return null;
  }
  if (tokenText(ctx, leftComma) !== ',' || tokenText(ctx, rightComma) !== ',') return null;
  const lc = ctx.tokens[leftComma];
  const rc = ctx.tokens[rightComma];
  if (!lc || !rc) return null;
  const leftStart = trimClauseStart(ctx, s.start, lc.start);
  const rightStart = trimClauseStart(ctx, rc.end, s.end);
  const end = trimClauseEnd(ctx, rightStart, s.end);
  const start = wordCount(ctx, leftStart, lc.start) <= 3 ? rightStart : leftStart;
  // "The plan, as Ola Roe said, will cost …": an "as" aside only after a short subject, as the sentence's one report
  if (aside >= 0 && (start !== rightStart || all.length !== 1)) return null;
  // "Rents rose, the minister said, a week after he promised …": a time measured from an event is no report
  if (start === rightStart && isTimeDistanceAdjunct(ctx, rightComma + 1)) return null;
  // "The trade, they said, was swap related.": after a short subject, a verb opening a short predicate is enough
  const rightTok = tokenIndexAt(ctx.tokens, rightStart);
  const subject =
    start === rightStart && subjectBeforeAside(ctx, tokenIndexAt(ctx.tokens, leftStart), leftComma, rightTok);
  if (wordCount(ctx, start, end) < (subject ? 2 : 4)) return null;
  if (!subject && !hasVerb(ctx, rightTok, end)) return null;
  const cue = spanOf(ctx, ctx.tokens[r.group]?.start ?? 0, cueTok.end);
  const rule = aside >= 0 ? 'parenthetical-cue/as-aside' : 'parenthetical-cue';
  return { start, end, cue, mention, rule, confidence: 0.7, passive: false };
};
