import type { Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';

/**
 * PolNeAR's source of a report in a relative clause is the relative pronoun ("Ann Lee, who said …" → "who"),
 * where GUIDE.md names the noun phrase it stands for. Null when the cue has no relative pronoun before it.
 */
// Ann Lee, who said the vote was rigged, left early. → source "who"
export function relativePronounSource(ctx: QuoteContext, q: Quote): Quote | null {
  if (!q.cue || (q.mention && q.mention.start > q.cue.start)) return null;
  const m = /\b(who|which)\s+$/i.exec(ctx.text.slice(Math.max(0, q.cue.start - 8), q.cue.start));
  if (!m) return null;
  const start = q.cue.start - m[0].length;
  if (q.mention && q.mention.start === start) return null;
  return { ...q, mention: { start, end: start + (m[1]?.length ?? 0), text: m[1] ?? '' } };
}
