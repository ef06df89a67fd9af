import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, TimeExpression } from '../types.js';
import { whenCueGoverned } from './when-cue-governed.js';
import { whenLeadEvent } from './when-lead-event.js';
import { whenLeadGathering } from './when-lead-gathering.js';
import { whenLeadHearing } from './when-lead-hearing.js';
import { whenNarratedSpeech } from './when-narrated-speech.js';
import { whenOccasion } from './when-occasion.js';
import { whenOccasionReferent } from './when-occasion-referent.js';
import { whenParticipleReport } from './when-participle-report.js';
import { whenRemarksMadeBy } from './when-remarks-made-by.js';
import { isInName, type WhenRule } from './when-rule.js';
import { whenSameStatement } from './when-same-statement.js';
import { whenSentenceOpener } from './when-sentence-opener.js';
import { whenStatementReferent } from './when-statement-referent.js';
import { whenTrailingOccasion } from './when-trailing-occasion.js';

/** In order: the first rule that dates a quote wins. */
export const WHEN_RULES: WhenRule[] = [
  whenCueGoverned,
  whenOccasion,
  whenStatementReferent,
  whenSentenceOpener,
  whenParticipleReport,
  whenTrailingOccasion,
  whenSameStatement,
  whenNarratedSpeech,
  whenRemarksMadeBy,
  whenOccasionReferent,
  whenLeadEvent,
  whenLeadHearing,
  whenLeadGathering,
];

/**
 * Gives each quote the date of its statement when the text says it: the time expression its cue governs, the
 * dated occasion it belongs to, or an earlier dated statement it refers back to. Never the publication date by
 * default; a date inside the reported words is not the statement's date.
 */
export function linkDates(
  doc: Document,
  _seg: Segmentation,
  quotes: Quote[],
  timexes: TimeExpression[],
): Quote[] {
  const sorted = [...timexes].filter((t) => !isInName(doc.folded, t)).sort((a, b) => a.start - b.start);
  // Dates inside reported words are not statement dates — except for a quote nested in those words
  // ("The book claims X hosted a dinner in November 2003 where Y told Z he would go").
  const visibleTo = (quote: Quote) =>
    sorted.filter(
      (t) =>
        !quotes.some(
          (q) =>
            t.start < q.end &&
            q.start < t.end &&
            (q === quote || !(q.start <= quote.start && quote.end <= q.end)),
        ),
    );
  const dated: Quote[] = [];
  const order = [...quotes].sort((a, b) => a.start - b.start);
  const result = new Map<Quote, Quote>();
  const before: Quote[] = [];
  for (const quote of order) {
    let out: Quote = quote;
    if (quote.when === null || quote.when === undefined) {
      const visible = visibleTo(quote);
      for (const rule of WHEN_RULES) {
        const found = rule.find({ doc, quote, timexes: visible, dated, before, allTimexes: sorted });
        if (!found) continue;
        // A statement is not made after its article: "This Wednesday X emphasized …" read as the next Wednesday.
        if (isAfterPublication(found.when, doc.article.date)) continue;
        out = { ...quote, when: found.when, whenTimex: found.timex.id, whenRule: rule.name };
        dated.push(out);
        break;
      }
    }
    result.set(quote, out);
    before.push(out);
  }
  return quotes.map((q) => result.get(q) ?? q);
}

/** True when a statement date lies after the publication date (compared at the coarser of the two precisions). */
export function isAfterPublication(when: string, published: string | null): boolean {
  if (!published) return false;
  const n = Math.min(when.length, published.length);
  return when.slice(0, n) > published.slice(0, n);
}
