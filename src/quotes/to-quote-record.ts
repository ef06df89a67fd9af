import type { Analysis, Quote, QuoteRecord } from '../types.js';

/** The flat record `onrecord extract` prints for one quote. */
export function toQuoteRecord(analysis: Analysis, quote: Quote): QuoteRecord {
  return {
    article: analysis.article.id,
    type: quote.type,
    content: quote.content,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    mention: quote.mention?.text ?? null,
    mentionStart: quote.mention?.start ?? null,
    mentionEnd: quote.mention?.end ?? null,
    cue: quote.cue?.text ?? null,
    cueStart: quote.cue?.start ?? null,
    cueEnd: quote.cue?.end ?? null,
    when: quote.when,
    published: analysis.article.date,
  };
}
