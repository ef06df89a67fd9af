import type { TextSpan } from '../../../types.js';
import { cueGroupStart, mentionBefore, relativeSubject } from '../../find-mention.js';
import { spanOf, tokenNorm, tokenText } from '../../quote-context.js';
import { cueThenClause } from './cue-then-clause.js';
import type { IndirectRule } from './types.js';

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const TIME_AFTER_QUOTED = /^(?:yesterday|today|tonight|earlier|recently|previously|again|also)$/;

// "was quoted Friday by local media", "was quoted on Monday morning by the Post", "quoted last week by …": the time
// after "quoted" tells when; the token after it (or `from` when there is none)
function pastTimeAfterQuoted(ctx: Parameters<IndirectRule>[0], from: number, to: number): number {
  let k = from;
  if (tokenNorm(ctx, k) === 'on' && WEEKDAY.test(tokenNorm(ctx, k + 1))) k++;
  if (WEEKDAY.test(tokenNorm(ctx, k)) || TIME_AFTER_QUOTED.test(tokenNorm(ctx, k))) k++;
  else if (
    /^(?:last|this)$/.test(tokenNorm(ctx, k)) &&
    /^(?:week|month|year|night|weekend)$/.test(tokenNorm(ctx, k + 1))
  )
    k += 2;
  else return from;
  if (/^(?:morning|afternoon|evening|night)$/.test(tokenNorm(ctx, k))) k++;
  return k <= to ? k : from;
}

// Local papers quoted the firm's director Ola Berg as saying the bid would be withdrawn. / He was quoted as saying …
// The one quoted is the object of "quoted"; the report is the clause after "as saying".
export const quotedAsSaying: IndirectRule = (ctx, r, all) => {
  if (!/^saying$/i.test(tokenText(ctx, r.cue)) || tokenNorm(ctx, r.group - 1) !== 'as') return null;
  const asTok = r.group - 1;
  let q = asTok - 1;
  while (q > r.first && asTok - q <= 10 && !/^quot(?:e|es|ed|ing)$/i.test(tokenText(ctx, q))) {
    if (/^[,;:.!?()"“”]$/.test(tokenText(ctx, q))) return null;
    q--;
  }
  if (!/^quot(?:e|es|ed|ing)$/i.test(tokenText(ctx, q))) return null;
  let mention: TextSpan | null = null;
  // "was quoted by the paper as saying": the by-phrase names the outlet, not the one quoted
  const first = pastTimeAfterQuoted(ctx, q + 1, asTok);
  const byAgent = tokenNorm(ctx, first) === 'by';
  if (first < asTok && !byAgent) {
    const from = ctx.tokens[first];
    const to = ctx.tokens[asTok - 1];
    if (from && to) mention = spanOf(ctx, from.start, to.end);
  } else if (/^(?:was|were|is|are|been)$/i.test(tokenText(ctx, q - 1))) {
    // He was quoted as saying …: the passive's subject is the one quoted
    // (an official who saw the files was quoted …: the noun phrase the relative clause follows)
    const g = cueGroupStart(ctx, q, r.first);
    mention = relativeSubject(ctx, g - 1, r.first) ?? mentionBefore(ctx, g, r.first);
  }
  if (!mention) return null;
  const f = cueThenClause(
    ctx,
    { ...r, mention, subject: mention, sharesWith: null, leading: false, passive: false },
    all,
  );
  return f ? { ...f, mention, rule: 'quoted-as-saying' } : null;
};
