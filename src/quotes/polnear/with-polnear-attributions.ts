import type { AnalyzeOptions, Quote } from '../../types.js';
import type { QuoteContext } from '../quote-context.js';
import { applyPolnearSpans } from './apply-polnear-spans.js';
import { colonSource } from './colon-source.js';
import { findCueThenObject } from './cue-then-object.js';
import { findDashSignatures } from './dash-signature.js';
import { findEvidenceAttributions } from './evidence-attribution.js';
import { keepOutermost } from './keep-outermost.js';
import { findProFormContents } from './pro-form-content.js';
import { findRaisedSubjects } from './raised-subject.js';
import { remainderAfterCue } from './remainder-after-cue.js';
import { withSpanTagger } from './span-tagger.js';

/**
 * The quotes in PolNeAR's conventions (options.spans 'polnear'): the GUIDE quotes with PolNeAR spans, plus
 * the attributions PolNeAR counts that the GUIDE does not (acts always; findings, wants and beliefs with
 * kinds 'all'), reread by the span tagger (kinds 'all').
 */
export function withPolnearAttributions(
  ctx: QuoteContext,
  quotes: Quote[],
  options: AnalyzeOptions,
): Quote[] {
  // a colon attribution takes the place of the cue-less quote it explains ("“LEE: Well, …”"); a signed line
  // ("“…” ― Ann Lee") of every quote in it
  const colon = ctx.seg.paragraphs.flatMap((p) => colonSource(ctx, p) ?? []);
  const signed = findDashSignatures(ctx);
  const end = (q: Quote) => Math.max(q.end, q.mention?.end ?? 0);
  const kept = quotes.filter(
    (q) =>
      !signed.some((c) => q.start < end(c) && end(q) > c.start) &&
      (q.cue || !colon.some((c) => q.start < c.end && q.end > c.start)),
  );
  const spanned = [
    ...applyPolnearSpans(ctx, kept),
    ...colon.filter((c) => !kept.some((q) => q.start < c.end && q.end > c.start)),
    ...signed,
  ];
  const inside = (o: number, x: { start: number; end: number } | null) => !!x && o >= x.start && o < x.end;
  const taken = (o: number) => spanned.some((q) => inside(o, q) || inside(o, q.cue) || inside(o, q.mention));
  // "said so", "said no": the pro-form is the verb's whole content, no object for cue-then-object to read on
  const proForms = ctx.seg.sentences.flatMap((s) => findProFormContents(ctx, s, taken));
  const takenOrProForm = (o: number) =>
    taken(o) || proForms.some((q) => inside(o, q) || inside(o, q.cue) || inside(o, q.mention));
  const extra = ctx.seg.sentences
    .flatMap((s) => [
      ...findCueThenObject(ctx, s, takenOrProForm),
      ...findRaisedSubjects(ctx, s, takenOrProForm),
    ])
    .concat(proForms)
    // "In a Harbor Times poll, …", "…, county records show.": findings of a poll or records
    .concat(
      findEvidenceAttributions(ctx).filter(
        (q) =>
          !takenOrProForm(q.start) && !takenOrProForm(q.end - 1) && !takenOrProForm(q.cue?.start ?? q.start),
      ),
    )
    .filter((q) => q.type !== 'belief' || options.kinds === 'all');
  const found = [...spanned, ...extra];
  const rest = found.flatMap((q) => remainderAfterCue(ctx, q) ?? []).filter((r) => !taken(r.start));
  const ruled = keepOutermost([...found, ...rest]);
  // the learned tagger (span-tagger.ts) rereads the text with these quotes as features; it finds every kind
  return options.kinds === 'all' ? withSpanTagger(ctx, ruled) : ruled;
}
