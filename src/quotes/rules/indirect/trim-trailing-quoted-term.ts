import type { Quote } from '../../../types.js';
import type { QuoteContext } from '../../quote-context.js';
import { trimClauseEnd, wordCount } from './clause-helpers.js';

// He said he did not think the plan was "prudent." — a reported clause that ends in a quoted term too short to be
// a direct quote of its own ends before the term's opening mark (GUIDE.md: the reported clause, no scare quotes).
export function trimTrailingQuotedTerm(ctx: QuoteContext, q: Quote): Quote | null {
  if (q.type === 'direct') return null;
  const term = ctx.quoted.find((m) => m.start > q.start && m.start < q.end && m.end >= q.end);
  if (!term) return null;
  const end = trimClauseEnd(ctx, q.start, term.start);
  if (wordCount(ctx, q.start, end) < 3) return null;
  return { ...q, end, content: ctx.text.slice(q.start, end), rule: `${q.rule}+trim-trailing-quoted-term` };
}
