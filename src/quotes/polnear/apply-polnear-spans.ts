import type { Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';
import { withBareCue } from './bare-cue.js';
import { relativePronounSource } from './relative-pronoun-source.js';
import { trimTrailingAside } from './trim-trailing-aside.js';
import { widenPartialQuote } from './widen-partial-quote.js';
import { widenSourceAppositive } from './widen-source-appositive.js';

type SpanRule = (ctx: QuoteContext, q: Quote) => Quote | null;

/** PolNeAR span conventions, applied in order to each quote after the GUIDE rules (options.spans 'polnear'). */
const POLNEAR_SPAN_RULES: SpanRule[] = [
  widenPartialQuote,
  (_ctx, q) => withBareCue(q),
  widenSourceAppositive,
  relativePronounSource,
  trimTrailingAside,
];

export function applyPolnearSpans(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  return quotes.map((q) => POLNEAR_SPAN_RULES.reduce((cur, rule) => rule(ctx, cur) ?? cur, q));
}
