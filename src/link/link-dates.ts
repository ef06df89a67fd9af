import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, TimeExpression } from '../types.js';

/** Gives each quote the date of its statement when the text says it. (Placeholder, to be replaced.) */
export function linkDates(_doc: Document, _seg: Segmentation, quotes: Quote[], _timexes: TimeExpression[]): Quote[] {
  return quotes;
}
