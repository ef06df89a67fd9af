import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { EntityLayer } from '../entities/find-entities.js';
import type { Diagnostic, Quote } from '../types.js';

/** Resolves each quote's mention to a speaker name. (Placeholder: the mention as written.) */
export function linkSpeakers(
  _doc: Document,
  _seg: Segmentation,
  _entities: EntityLayer,
  quotes: Quote[],
  _diagnostics: Diagnostic[],
): Quote[] {
  return quotes.map((q) => ({ ...q, speaker: q.speaker ?? q.mention?.text ?? null }));
}
