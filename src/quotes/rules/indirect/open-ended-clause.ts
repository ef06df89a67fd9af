import type { QuoteContext } from '../../quote-context.js';

// "…more seriously because]], said Mr Orr, they …", "[[The relic was carried followed by]], according to reports,
// 2,000 people": a clause cut before its last part (at an aside) ends on a word that needs more after it.
// Lower case only: "… with Vell Bank N.A.", "… preferred shares, series A." end on a name, not an article.
const OPEN_END = /\b(?:because|and|but|or|if|while|although|whereas|than|between|the|a|an|by)\s*$/;
// "Tarn said it will air the ads 28 times a week, and]] as a result …": a clause closed before a coordinating
// word is whole, so the word (and a comma before it) is trimmed, not the report dropped.
const COORDINATING_END = /\s*,?\s*\b(?:and|but|or|while|although|whereas)\s*$/;

/**
 * The end of the span `start`..`end` when it ends open on a word that leaves it unfinished: -1 when the clause
 * before that word is no whole report (a subordinator, article or "by"), the end before the word when it is (a
 * coordinating word), null when the span does not end open.
 */
export function openEndedClause(ctx: QuoteContext, start: number, end: number): number | null {
  const tail = ctx.text.slice(Math.max(start, end - 12), end);
  if (!OPEN_END.test(tail)) return null;
  const coordinating = COORDINATING_END.exec(tail);
  if (!coordinating) return -1;
  const cut = end - tail.length + coordinating.index;
  // at least a subject and a verb before the word
  return /\S+\s+\S+/.test(ctx.text.slice(start, cut)) ? cut : -1;
}
