import type { EntityLayer } from '../entities/find-entities.js';
import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { AnalyzeOptions, Diagnostic, Quote } from '../types.js';
import { findDirectQuotes } from './find-direct-quotes.js';
import { findIndirectQuotes } from './find-indirect-quotes.js';
import { rememberMentionsBefore } from './find-mention.js';
import { findQuoteMarks, type QuoteSpan } from './find-quote-marks.js';
import { preferReportedClause } from './polnear/prefer-reported-clause.js';
import { withPolnearAttributions } from './polnear/with-polnear-attributions.js';
import { makeContext } from './quote-context.js';
import { quoteWith } from './quote-with.js';
import { headlineParagraphs, isTitleQuote } from './rules/skip/headline-paragraphs.js';
import { overShowNames, withoutTitleMarks } from './title-marks.js';

/** Cue text of passive reports ("was told"), whose speaker is not the grammatical subject. */
export const PASSIVE_RULE_SUFFIX = '/passive';

/**
 * Direct and indirect quotes with their cues and speaker mentions, in text order, ids q1, q2, ….
 * A reported clause that holds a direct quote of 3+ words is left to the direct quote (GUIDE.md).
 */
export function findQuotes(
  doc: Document,
  seg: Segmentation,
  _entities: EntityLayer,
  options: AnalyzeOptions,
  diagnostics: Diagnostic[],
): Quote[] {
  const ctx = makeContext(doc, seg);
  const spans = findQuoteMarks(doc.text, seg.paragraphs, seg.sentences, diagnostics);
  ctx.quoted = spans.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 }));
  const polnear = options.spans === 'polnear';
  if (polnear) ctx.spans = 'polnear';
  rememberMentionsBefore(ctx);
  const workNames: QuoteSpan[] = [];
  const found = findDirectQuotes(ctx, spans, workNames).map((d) => d.quote);
  // (the marks of a show's or work's name are no break for a reported clause: title-marks.ts)
  const ictx = withoutTitleMarks(ctx, workNames);
  if (ictx !== ctx) rememberMentionsBefore(ictx);
  const indirect = findIndirectQuotes(ictx, options.kinds === 'all')
    .filter(
      (x) =>
        !found.some(
          (d) =>
            ((!polnear || !d.partial) && d.start >= x.quote.start && d.end <= x.quote.end + 1) ||
            restatesDirectQuote(x.quote, d) ||
            // Bo said the deal was "broad enough and fair so that ... — a quote that opens inside the clause
            // and runs past its end still makes the sentence one direct record
            (!polnear && d.start > x.quote.start && d.start < x.quote.end) ||
            // Bo said the museum would tell the stories of the unseen -- "the porter, the baker …": a quote of the
            // same cue right after the clause's dash or colon goes on with the clause
            (!polnear && continuesAfterDash(doc.text, x.quote, d)),
        ),
    )
    .map((x) =>
      ictx === ctx
        ? x
        : {
            ...x,
            quote: quoteWith(x.quote, {
              cue: overShowNames(doc.text, x.quote.cue, workNames),
              mention: overShowNames(doc.text, x.quote.mention, workNames),
            }),
          },
    )
    .map((x) =>
      x.passive
        ? quoteWith(x.quote, {
            rule: `${x.quote.rule}${PASSIVE_RULE_SUFFIX}${x.namedHearer ? '-named-hearer' : ''}`,
          })
        : x.quote,
    );
  const direct = polnear ? preferReportedClause(found, indirect) : found;
  // one record per clause: the same content from two cues keeps the first
  const seen = new Set<string>();
  // GUIDE gold annotates no quote in a title line (skip/headline-paragraphs); PolNeAR annotates them
  const titles = polnear ? [] : headlineParagraphs({ text: doc.text, ...seg });
  const quotes = (
    polnear ? withPolnearAttributions(ctx, [...direct, ...indirect], options) : [...direct, ...indirect]
  )
    .filter((q) => {
      if (titles.length && isTitleQuote(doc.text, titles, q)) return false;
      const key = `${q.start}:${q.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return quotes.map((q, i) => quoteWith(q, { id: `q${i + 1}` }));
}

/** “A. B,” Ann Tull wrote: a clause inside direct quote `d` read as reported by `d`'s own cue repeats `d`. */
function restatesDirectQuote(x: Quote, d: Quote): boolean {
  return !!x.cue && d.cue?.start === x.cue.start && x.start >= d.start && x.end <= d.end + 1;
}

/** True when direct quote `d` follows the clause `x` across only a dash or colon and has the clause's own cue. */
function continuesAfterDash(text: string, x: Quote, d: Quote): boolean {
  if (d.start < x.end || d.start - x.end > 8 || !d.cue || d.cue.start !== x.cue?.start) return false;
  return /^\s*(?:--|[—–:])\s*["“'`‘]*$/.test(text.slice(x.end, d.start));
}
