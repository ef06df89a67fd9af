// One article's analysis, or the error it raised: one bad article never takes its batch down with it.
import { analyze } from '../analyze.js';
import { type ArticlePrint, fingerprintArticle } from '../corpus/fingerprint-article.js';
import type { Analysis, AnalyzeOptions, Article } from '../types.js';

export type AnalyzeOutcome =
  | { id: string; analysis: Analysis; print?: ArticlePrint }
  | { id: string; error: string };

/** `print`: also fingerprint the article for the corpus layer, here rather than on the storing thread. */
export function analyzeSafely(article: Article, options: AnalyzeOptions = {}, print = false): AnalyzeOutcome {
  try {
    const analysis = analyze(article, options);
    if (!print) return { id: article.id, analysis };
    return { id: article.id, analysis, print: fingerprintArticle({ ...article, spin: analysis.spin }) };
  } catch (err) {
    return { id: article.id, error: err instanceof Error ? err.message : String(err) };
  }
}

export interface AnalyzeTask {
  articles: Article[];
  options: AnalyzeOptions;
  prints?: boolean;
}

/** A batch in order: outcome i is article i's. */
export function analyzeBatch(task: AnalyzeTask): AnalyzeOutcome[] {
  return task.articles.map((article) => analyzeSafely(article, task.options, task.prints ?? false));
}
