import type { TextSpan } from '../../../types.js';
import { cueGroupStart, mentionBefore } from '../../find-mention.js';
import { spanOf, tokenNorm, tokenText } from '../../quote-context.js';
import { cueThenClause } from './cue-then-clause.js';
import type { IndirectRule } from './types.js';

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
  const byAgent = tokenNorm(ctx, q + 1) === 'by';
  if (q + 1 < asTok && !byAgent) {
    const from = ctx.tokens[q + 1];
    const to = ctx.tokens[asTok - 1];
    if (from && to) mention = spanOf(ctx, from.start, to.end);
  } else if (/^(?:was|were|is|are|been)$/i.test(tokenText(ctx, q - 1))) {
    // He was quoted as saying …: the passive's subject is the one quoted
    mention = mentionBefore(ctx, cueGroupStart(ctx, q, r.first), r.first);
  }
  if (!mention) return null;
  const f = cueThenClause(
    ctx,
    { ...r, mention, subject: mention, sharesWith: null, leading: false, passive: false },
    all,
  );
  return f ? { ...f, mention, rule: 'quoted-as-saying' } : null;
};
