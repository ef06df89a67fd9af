import type { TextSpan } from '../../../types.js';
import { isCueToken } from '../../cue-tokens.js';
import { withPostmodifier } from '../../descriptor-postmodifier.js';
import { mentionAfter } from '../../find-mention.js';
import { type QuoteContext, spanOf, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { firstWordToken } from './attribution-helpers.js';
import { wholePhraseAfterCue } from './subject-fallbacks.js';

// "We will win,” said Smith. / “We will win,” says Peter Knight, director of Context.
export const saidAfterQuote: DirectRule = (ctx, c) => {
  if (c.quote.close === null) return null;
  const i = firstWordToken(ctx, c.quote.close + 1, c.postEnd);
  const t = ctx.tokens[i];
  if (!t || t.start >= c.postEnd || !isCueToken(ctx, i, 'direct') || /ing$/i.test(tokenText(ctx, i)))
    return null;
  const bare = mentionAfter(ctx, i + 1, c.postEnd) ?? wholePhraseAfterCue(ctx, i, c.postEnd);
  if (!bare) return null;
  const found = withCoordinatedRole(ctx, bare, c.postEnd);
  // "…," says one official involved in the talks.
  const mention = withPostmodifier(ctx, found, c.postEnd);
  return { cue: spanOf(ctx, t.start, t.end), mention, rule: 'said-after-quote', confidence: 0.95 };
};

// "…,” said chairman and chief executive Ann Hale. / said Wexford chairman and founder Ann Hale.: a role, "and", and a second role with the name
function withCoordinatedRole(ctx: QuoteContext, found: TextSpan, max: number): TextSpan {
  // (a role word last: "Bowen chairman", not "Ann Hale" nor "analysts")
  if (!/(?:^|\s)\p{Ll}[\p{Ll}-]*$/u.test(found.text) || /[^s]s$/i.test(found.text)) return found;
  const k = tokenIndexAt(ctx.tokens, found.end);
  if (tokenNorm(ctx, k) !== 'and') return found;
  const next = mentionAfter(ctx, k + 1, max);
  if (
    !next ||
    !/^\p{Ll}/u.test(next.text) ||
    !/\s\p{Lu}\p{L}+$/u.test(next.text) ||
    /\band\b/.test(next.text)
  )
    return found;
  return spanOf(ctx, found.start, next.end);
}
