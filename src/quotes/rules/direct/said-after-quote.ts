import { isCueToken } from '../../cue-tokens.js';
import { withPostmodifier } from '../../descriptor-postmodifier.js';
import { mentionAfter } from '../../find-mention.js';
import { spanOf, tokenText } from '../../quote-context.js';
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
  const found = mentionAfter(ctx, i + 1, c.postEnd) ?? wholePhraseAfterCue(ctx, i, c.postEnd);
  if (!found) return null;
  // "…," says one official involved in the talks.
  const mention = withPostmodifier(ctx, found, c.postEnd);
  return { cue: spanOf(ctx, t.start, t.end), mention, rule: 'said-after-quote', confidence: 0.95 };
};
