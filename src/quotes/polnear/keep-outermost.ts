import type { Quote } from '../../types.js';

/**
 * PolNeAR is univocal: a word has one role in one attribution, so a report inside another report's content
 * belongs to the outer content ("Ann Lee said she thinks rates will rise": one relation, cue "said").
 * Quotes whose cue or source lies inside a longer quote's content are dropped.
 */
// Ann Lee said she thinks rates will rise. → keeps "she thinks rates will rise" (said), drops "rates will rise" (thinks)
export function keepOutermost(quotes: Quote[]): Quote[] {
  const inside = (x: { start: number; end: number } | null, q: Quote) =>
    !!x && x.start >= q.start && x.end <= q.end;
  const byLength = [...quotes].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Quote[] = [];
  for (const q of byLength) {
    if (kept.some((k) => inside(q.cue, k) || inside(q.mention, k))) continue;
    kept.push(q);
  }
  return quotes.filter((q) => kept.includes(q));
}
