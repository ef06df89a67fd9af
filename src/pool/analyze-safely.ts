// One article's analysis, or the error it raised: one bad article never takes its batch down with it.
import { analyze } from '../analyze.js';
import { type ArticlePrint, fingerprintArticle } from '../corpus/fingerprint-article.js';
import { type PreparedWrite, prepareWrite } from '../store/prepare-article.js';
import { packPrint, unpackPrint } from '../store/sqlite/corpus-tables.js';
import type { Analysis, AnalyzeOptions, Article } from '../types.js';

export type AnalyzeOutcome =
  | { id: string; analysis: Analysis; print?: ArticlePrint }
  | { id: string; error: string };

/** An article's store writes instead of its analysis (the writer then only writes; see prepare-article.ts). */
export type PrepareOutcome =
  /** `packedPrint`: packPrint(print), as the SQLite corpus tables store it (only SQLite takes prepared writes); the
   * print crosses to the writing thread only in this form (outcomePrint() reads it back there): a string is
   * cloned at once, the print's word arrays cost both threads more than packing and unpacking. */
  | { id: string; write: PreparedWrite; packedPrint?: string }
  /** `refused`: analyzed, but the store would refuse it (checkStoredArticle). */
  | { id: string; error: string; refused?: true };

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

/** analyzeSafely(), then the article's store writes made from the analysis. */
export function prepareSafely(article: Article, options: AnalyzeOptions = {}, print = false): PrepareOutcome {
  const outcome = analyzeSafely(article, options, print);
  if ('error' in outcome) return outcome;
  try {
    const write = prepareWrite({ article, analysis: outcome.analysis });
    const { print } = outcome;
    return { id: article.id, write, ...(print ? { packedPrint: packPrint(print) } : {}) };
  } catch (err) {
    return { id: article.id, error: err instanceof Error ? err.message : String(err), refused: true };
  }
}

/** The print an outcome carries and, when the analysis thread packed it, its packed form (for the corpus step). */
export function outcomePrint(outcome: AnalyzeOutcome | PrepareOutcome): {
  print?: ArticlePrint;
  packedPrint?: string;
} {
  if ('error' in outcome) return {};
  if ('analysis' in outcome) return outcome.print ? { print: outcome.print } : {};
  const { packedPrint } = outcome;
  return packedPrint ? { print: unpackPrint(packedPrint), packedPrint } : {};
}

export interface AnalyzeTask {
  articles: Article[];
  options: AnalyzeOptions;
  prints?: boolean;
  /** Return each article's store writes (PrepareOutcome) instead of its analysis. */
  prepare?: boolean;
}

/** A batch in order: outcome i is article i's. */
export function analyzeBatch(task: AnalyzeTask): AnalyzeOutcome[] {
  return task.articles.map((article) => analyzeSafely(article, task.options, task.prints ?? false));
}

/** A batch's store writes in order: outcome i is article i's. */
export function prepareBatch(task: AnalyzeTask): PrepareOutcome[] {
  return task.articles.map((article) => prepareSafely(article, task.options, task.prints ?? false));
}
