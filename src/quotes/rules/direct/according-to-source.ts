import type { TextSpan } from '../../../types.js';
import { withPostmodifier } from '../../descriptor-postmodifier.js';
import { mentionAfter } from '../../find-mention.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceAt,
  spanOf,
  tokenIndexAt,
  tokenText,
} from '../../quote-context.js';
import type { DirectRule } from '../types.js';
import { isShortTerm } from './attribution-helpers.js';

// “Nobody listens to us,” according to the Harbour Farmers Union. / According to his doctor, Ola Berg was “in
// excellent health.” — the source after "according to" speaks (the one behind a document filed "by" someone)
export const accordingToSource: DirectRule = (ctx, c) => {
  // a short term ("put him “through the wringer,” according to …") stays inside the reported clause
  if (isShortTerm(ctx, c)) return null;
  const sentenceStart = sentenceAt(ctx, c.quote.open)?.start ?? c.preStart;
  const close = c.quote.close;
  // right after the closing mark, or anywhere before the opening one in its sentence
  if (close !== null) {
    const i = tokenIndexAt(ctx.tokens, close + 1);
    let k = i;
    while (k < i + 3 && /^[,—–-]$/.test(tokenText(ctx, k)) && (ctx.tokens[k]?.start ?? c.postEnd) < c.postEnd)
      k++;
    const found = sourceAt(ctx, k, c.postEnd);
    if (found) return found;
  }
  const first = tokenIndexAt(ctx.tokens, sentenceStart);
  for (let k = first; (ctx.tokens[k]?.end ?? Infinity) <= c.quote.open; k++) {
    if (isInsideQuoted(ctx, ctx.tokens[k]?.start ?? 0)) continue;
    const found = sourceAt(ctx, k, c.quote.open);
    if (found) return found;
  }
  return null;
};

/** The attribution when token `k` starts "according to" followed by a source before `max`. */
function sourceAt(ctx: QuoteContext, k: number, max: number) {
  const a = ctx.tokens[k];
  if (a?.norm !== 'according' || ctx.tokens[k + 1]?.norm !== 'to') return null;
  let mention: TextSpan | null = mentionAfter(ctx, k + 2, max);
  if (!mention) return null;
  // "according to a court paper filed by the county attorney": the one behind the document
  let j = tokenIndexAt(ctx.tokens, mention.end);
  if (ctx.tokens[j]?.pos === 'VERB' && /ed$/i.test(tokenText(ctx, j))) j++;
  if (/^(?:by|from)$/i.test(tokenText(ctx, j))) mention = mentionAfter(ctx, j + 1, max) ?? mention;
  else mention = withPostmodifier(ctx, mention, max);
  return {
    cue: spanOf(ctx, a.start, ctx.tokens[k + 1]?.end ?? a.end),
    mention,
    rule: 'according-to-source',
    confidence: 0.8,
  };
}
