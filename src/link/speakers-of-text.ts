import { findEntities } from '../entities/find-entities.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { segmentText } from '../segment/segment-text.js';
import type { Diagnostic, Quote } from '../types.js';
import { linkSpeakers } from './link-speakers.js';

/** Quotes of one text with their speakers, the entity layer included (for tests and quick checks). */
export function speakersOfText(text: string): Quote[] {
  const diagnostics: Diagnostic[] = [];
  const doc = normalizeArticle({ id: 'test', date: null, text });
  const seg = segmentText(doc);
  const entities = findEntities(doc, seg);
  return linkSpeakers(doc, seg, entities, findQuotes(doc, seg, entities, {}, diagnostics), diagnostics);
}
