// One article's analysis, or the error it raised: one bad article never takes its batch down with it.
import { analyze } from '../analyze.js';
import type { Analysis, AnalyzeOptions, Article } from '../types.js';

export type AnalyzeOutcome = { id: string; analysis: Analysis } | { id: string; error: string };

export function analyzeSafely(article: Article, options: AnalyzeOptions = {}): AnalyzeOutcome {
  try {
    return { id: article.id, analysis: analyze(article, options) };
  } catch (err) {
    return { id: article.id, error: err instanceof Error ? err.message : String(err) };
  }
}

export interface AnalyzeTask {
  articles: Article[];
  options: AnalyzeOptions;
}

/** A batch in order: outcome i is article i's. */
export function analyzeBatch(task: AnalyzeTask): AnalyzeOutcome[] {
  return task.articles.map((article) => analyzeSafely(article, task.options));
}
