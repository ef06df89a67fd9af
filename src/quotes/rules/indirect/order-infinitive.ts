import type { QuoteContext } from '../../quote-context.js';
import type { IndirectFinding } from './types.js';

// "Users are warned never to open attachments", "were told not to travel": an order or advice in an infinitive is
// no reported statement (GUIDE: not "urged X to")
const ORDER = /^(?:not|never)\s+to\s/i;

/** True when the finding's content is a negated infinitive (an order), not a clause. */
export function orderInfinitive(ctx: QuoteContext, f: IndirectFinding): boolean {
  return ORDER.test(ctx.text.slice(f.start, Math.min(f.end, f.start + 12)));
}
