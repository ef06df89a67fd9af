import { type QuoteContext, tokenIndexAt, tokenText } from '../../quote-context.js';
import type { DirectCandidate } from '../types.js';
import { cuesBetween } from './attribution-helpers.js';

// 'Orr said: "There will be exceptions," the Lorne Post reported.': an outlet's "reported" after a quote that its
// own speaker's cue opens relays that speaker's words; the cue before the quote names who spoke.
const RELAY = /^(?:reported|reports|wrote|writes)$/i;

/** True when the cue after the quote (token `cue`) relays the words of a speaker whose cue and colon open it. */
export function relaysSpokenQuote(ctx: QuoteContext, c: DirectCandidate, cue: number): boolean {
  if (!RELAY.test(tokenText(ctx, cue)) || c.preStart >= c.quote.open) return false;
  const mark = tokenIndexAt(ctx.tokens, c.quote.open);
  if (!/^[:,]$/.test(tokenText(ctx, mark - 1))) return false;
  const before = cuesBetween(ctx, c.preStart, c.quote.open).at(-1);
  return !!before?.mention && before.cue === mark - 2;
}
