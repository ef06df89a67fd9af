import type { Analysis } from '../types.js';
import type { StoredArticle } from './store.js';

/** The analysis without its text (stored once, in its own column). */
export function serializeAnalysis(analysis: Analysis): string {
  return JSON.stringify({ ...analysis, text: undefined });
}

/** The stored article and analysis back from the text column and the analysis JSON. */
export function deserializeArticle(text: string, json: string): StoredArticle {
  const parsed = JSON.parse(json) as Omit<Analysis, 'text'>;
  const analysis: Analysis = { ...parsed, text };
  return { article: { ...analysis.article, text }, analysis };
}
