import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { EntityLayer } from '../entities/find-entities.js';
import type { AnalyzeOptions, Diagnostic, Quote } from '../types.js';

/** Direct and indirect quotes with their cues and speaker mentions. (Placeholder, to be replaced.) */
export function findQuotes(
  _doc: Document,
  _seg: Segmentation,
  _entities: EntityLayer,
  _options: AnalyzeOptions,
  _diagnostics: Diagnostic[],
): Quote[] {
  return [];
}
