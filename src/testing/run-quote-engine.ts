import { linkSpeakers } from '../link/link-speakers.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { segmentText } from '../segment/segment-text.js';
import type { AnalyzeOptions, Diagnostic, Quote } from '../types.js';

/** Segment, quotes and speakers of one text, without the other stages (for tests and quick checks). */
export function runQuoteEngine(
  text: string,
  options: AnalyzeOptions = {},
): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const doc = normalizeArticle({ id: 'test', date: null, text });
  const seg = segmentText(doc);
  const entities = { mentions: [], entities: [], spin: [] };
  const found = findQuotes(doc, seg, entities, options, diagnostics);
  return { quotes: linkSpeakers(doc, seg, entities, found, diagnostics), diagnostics };
}
