// What the store writes for one analyzed article, made once from the analysis: the text hash, the analysis as
// JSON, one row per quote. Pure, so an analysis thread makes it and the writing thread only writes: the writer
// then neither receives the whole analysis (10 KB of objects a news article) nor reshapes it.
import type { Analysis, Article } from '../types.js';
import { checkStoredArticle } from './check-stored-article.js';
import { hashArticle } from './hash-article.js';
import { serializeAnalysis } from './serialize-analysis.js';
import type { StoredArticle } from './store.js';
import { type QuoteRow, toQuoteRows } from './to-quote-rows.js';

/** An article's writes without the article itself (the writer already holds it). */
export interface PreparedWrite {
  /** hashArticle(article) */
  hash: string;
  /** serializeAnalysis(analysis) */
  analysisJson: string;
  version: number;
  /** toQuoteRows(analysis) */
  rows: QuoteRow[];
  /** The analysis's spin list, which the corpus step reads. */
  spin: Analysis['spin'];
}

export interface PreparedArticle extends PreparedWrite {
  article: Article;
}

/** The writes of `item`; throws, naming the article, where putArticles() would refuse it. */
export function prepareWrite(item: StoredArticle, hash = hashArticle(item.article)): PreparedWrite {
  checkStoredArticle(item);
  const { analysis } = item;
  return {
    hash,
    analysisJson: serializeAnalysis(analysis),
    version: analysis.version,
    rows: toQuoteRows(analysis),
    spin: analysis.spin,
  };
}

export function isPrepared(item: StoredArticle | PreparedArticle): item is PreparedArticle {
  return typeof (item as PreparedArticle).analysisJson === 'string';
}
