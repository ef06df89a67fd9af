import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { TimeExpression } from '../types.js';

/** Time expressions normalized against the publication date. (Placeholder, to be replaced.) */
export function findTimeExpressions(_doc: Document, _seg: Segmentation): TimeExpression[] {
  return [];
}
