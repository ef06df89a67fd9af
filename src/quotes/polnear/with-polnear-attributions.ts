import type { AnalyzeOptions, Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';
import { applyPolnearSpans } from './apply-polnear-spans.js';
import { findCueThenObject } from './cue-then-object.js';

/**
 * The quotes in PolNeAR's conventions (options.spans 'polnear'): the GUIDE quotes with PolNeAR spans, plus
 * the attributions PolNeAR counts that the GUIDE does not (acts always; findings, wants and beliefs with
 * kinds 'all').
 */
export function withPolnearAttributions(ctx: QuoteContext, quotes: Quote[], options: AnalyzeOptions): Quote[] {
  const spanned = applyPolnearSpans(ctx, quotes);
  const inside = (o: number, x: { start: number; end: number } | null) => !!x && o >= x.start && o < x.end;
  const taken = (o: number) => spanned.some((q) => inside(o, q) || inside(o, q.cue) || inside(o, q.mention));
  const extra = ctx.seg.sentences
    .flatMap((s) => findCueThenObject(ctx, s, taken))
    .filter((q) => q.type !== 'belief' || options.kinds === 'all');
  return [...spanned, ...extra];
}
