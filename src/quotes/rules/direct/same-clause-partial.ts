import { type QuoteContext, sentenceAt, tokenIndexAt, tokenText } from '../../quote-context.js';
import type { Attribution, DirectCandidate } from '../types.js';

/** The last quoted stretch of a sentence whose attribution its own rules found. */
export interface SentenceAttribution {
  attribution: Attribution;
  /** Offset of that stretch's closing mark. */
  close: number;
  sentence: number;
}

// Ann Lee said recovery hinged on "clean water and food" being "properly and quickly delivered". / Lee said the
// board was not given "any real say" in the report "as it usually is.": a later partial quote in the same clause,
// with no verb of its own between the two quotes, has the earlier quote's attribution.
export function sameClausePartial(
  ctx: QuoteContext,
  c: DirectCandidate,
  prev: SentenceAttribution | null,
): Attribution | null {
  if (!prev || !c.partial || prev.close >= c.quote.open) return null;
  if (sentenceAt(ctx, c.quote.open)?.index !== prev.sentence) return null;
  const between = ctx.text.slice(prev.close + 1, c.quote.open);
  if (/[.;:!?"“”]/.test(between)) return null;
  for (
    let t = tokenIndexAt(ctx.tokens, prev.close + 1);
    (ctx.tokens[t]?.start ?? c.quote.open) < c.quote.open;
    t++
  ) {
    const p = ctx.tokens[t]?.pos;
    if ((p === 'VERB' || p === 'AUX') && !/ing$/i.test(tokenText(ctx, t))) return null;
  }
  return { ...prev.attribution, rule: 'same-clause-partial', confidence: 0.7 };
}
