import type { QuoteContext } from '../../quote-context.js';

// "…more seriously because]], said Mr Orr, they …", "[[The relic was carried followed by]], according to reports,
// 2,000 people": a clause cut before its last part (at an aside) ends on a word that needs more after it
const OPEN_END = /\b(?:because|and|but|or|if|while|although|whereas|than|between|the|a|an|by)\s*$/i;

/** True when the span `start`..`end` ends on a conjunction, article or "by" that leaves it unfinished. */
export function openEndedClause(ctx: QuoteContext, start: number, end: number): boolean {
  return OPEN_END.test(ctx.text.slice(Math.max(start, end - 12), end));
}
