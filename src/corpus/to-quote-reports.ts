// The quote reports of one analyzed article, as the clusterer reads them.
import type { Analysis } from '../types.js';
import type { QuoteReport } from './cluster-types.js';

/** Quote id as the store writes it: `${article}:${start}-${end}:${type}`. */
export function toQuoteId(article: string, start: number, end: number, type: string): string {
  return `${article}:${start}-${end}:${type}`;
}

export function toQuoteReports(
  analysis: Analysis,
  speakerIds: ReadonlyMap<string, string> = new Map(),
): QuoteReport[] {
  const a = analysis.article;
  return analysis.quotes.map((q) => {
    const quoteId = toQuoteId(a.id, q.start, q.end, q.type);
    return {
      quoteId,
      article: a.id,
      outlet: a.source ?? null,
      time: a.published ?? a.date,
      speaker: q.speaker,
      speakerId: speakerIds.get(quoteId) ?? null,
      content: q.content,
      type: q.type,
    };
  });
}
