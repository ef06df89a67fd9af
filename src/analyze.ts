import { ANALYSIS_VERSION } from './analysis-version.js';
import { analyzeInPieces } from './analyze-in-pieces.js';
import { LONG_ARTICLE_CHARS } from './chunk-text.js';
import { findTimeExpressions } from './dates/find-time-expressions.js';
import { findEntities } from './entities/find-entities.js';
import { linkDates } from './link/link-dates.js';
import { linkSpeakers } from './link/link-speakers.js';
import { normalizeArticle } from './normalize/normalize-article.js';
import { findQuotes } from './quotes/find-quotes.js';
import { segmentText } from './segment/segment-text.js';
import type { Analysis, AnalyzeOptions, Article, Diagnostic } from './types.js';

export { ANALYSIS_VERSION, LONG_ARTICLE_CHARS };

/**
 * Who said what, when, in one article: ingest → normalize → segment → entities → quotes → dates → link.
 * A text longer than LONG_ARTICLE_CHARS is analyzed in pieces of at most that length, with a diagnostic
 * saying so (docs/inputs.md "Long articles").
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  if (article.text.length > LONG_ARTICLE_CHARS) return analyzeInPieces(article, options, analyzeWhole);
  return analyzeWhole(article, options);
}

function analyzeWhole(article: Article, options: AnalyzeOptions): Analysis {
  const diagnostics: Diagnostic[] = [];
  const doc = normalizeArticle(article);
  const seg = segmentText(doc);
  const entities = findEntities(doc, seg);
  const found = findQuotes(doc, seg, entities, options, diagnostics);
  const timexes = findTimeExpressions(doc, seg);
  const spoken = linkSpeakers(doc, seg, entities, found, diagnostics);
  const quotes = linkDates(doc, seg, spoken, timexes);
  const { text, ...meta } = article;
  return {
    version: ANALYSIS_VERSION,
    article: meta,
    text,
    paragraphs: seg.paragraphs,
    sentences: seg.sentences,
    mentions: entities.mentions,
    entities: entities.entities,
    quotes,
    timexes,
    spin: entities.spin,
    diagnostics,
  };
}
