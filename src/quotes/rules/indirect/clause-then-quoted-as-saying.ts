import { cueGroupStart, mentionBefore } from '../../find-mention.js';
import { QUOTE_MARK, spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { hasVerb, trimClauseEnd, trimClauseStart, wordCount } from './clause-helpers.js';
import type { IndirectRule } from './types.js';

// Levels will not rise, a Dover scientist was quoted as saying at the weekend.
// The clause before the comma is what the one quoted (the passive's subject) said; after the cue only adjuncts.
export const clauseThenQuotedAsSaying: IndirectRule = (ctx, r) => {
  if (!/^saying$/i.test(tokenText(ctx, r.cue)) || !/^as$/i.test(tokenText(ctx, r.group - 1))) return null;
  // "was quoted as saying", "was quoted by Tarn Radio as saying"
  let q = r.group - 2;
  while (q > r.first && r.group - q <= 8 && !/^quoted$/i.test(tokenText(ctx, q))) {
    if (/^[,;:.!?()"“”]$/.test(tokenText(ctx, q))) return null;
    q--;
  }
  if (!/^quoted$/i.test(tokenText(ctx, q)) || !/^(?:was|were|is|are|been)$/i.test(tokenText(ctx, q - 1)))
    return null;
  const group = cueGroupStart(ctx, q, r.first);
  const mention = mentionBefore(ctx, group, r.first);
  if (!mention) return null;
  const commaTok = tokenIndexAt(ctx.tokens, mention.start) - 1;
  const comma = ctx.tokens[commaTok];
  if (!comma || tokenText(ctx, commaTok) !== ',' || commaTok <= r.first) return null;
  // nothing but adjuncts after the cue: no verb, no "that", no quote
  for (let i = r.cue + 1; i <= r.last; i++) {
    const w = tokenText(ctx, i);
    if (/^(?:VERB|AUX)$/.test(ctx.tokens[i]?.pos ?? '') || /^(?:that|:)$/i.test(w) || QUOTE_MARK.test(w))
      return null;
  }
  const start = trimClauseStart(ctx, r.sentence.start, comma.start);
  if (QUOTE_MARK.test(ctx.text[start] ?? '')) return null;
  const end = trimClauseEnd(ctx, start, comma.start);
  if (wordCount(ctx, start, end) < 3 || !hasVerb(ctx, tokenIndexAt(ctx.tokens, start), end)) return null;
  return {
    start,
    end,
    cue: spanOf(ctx, ctx.tokens[group]?.start ?? 0, ctx.tokens[r.cue]?.end ?? 0),
    mention,
    rule: 'clause-then-quoted-as-saying',
    confidence: 0.75,
    passive: false,
  };
};
