import type { Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';

// ", which forced her to leave", ", citing the strategic importance", ", even as …": an aside after the clause
const ASIDE = /,\s+(?:which|citing|noting)\b/i;

/**
 * PolNeAR's reported clause stops before a trailing aside of the sentence (a non-restrictive relative clause,
 * a participle, a concession) where the GUIDE rules run on to the sentence end. Null when there is none.
 */
// Ann Lee said rates would rise, which surprised traders. → content "rates would rise"
export function trimTrailingAside(ctx: QuoteContext, q: Quote): Quote | null {
  if (q.type === 'direct') return null;
  const m = ASIDE.exec(q.content);
  if (!m || m.index < 12 || /["“”]|''/.test(q.content.slice(m.index))) return null;
  const end = q.start + m.index;
  return { ...q, end, content: ctx.text.slice(q.start, end) };
}
