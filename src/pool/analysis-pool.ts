// Analysis on every core: batches of articles go to piscina worker threads; each batch's outcomes come back in
// article order, so callers that store batches in submission order get the same result as one worker.
// `workers: 0` analyzes on the calling thread (no threads at all).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AnalyzeOptions, Article } from '../types.js';
import type { AnalyzeOutcome, AnalyzeTask, PrepareOutcome } from './analyze-safely.js';

export interface AnalysisPoolOptions {
  /** Worker threads; default one per core; 0 runs on the calling thread. */
  workers?: number;
  analyze?: AnalyzeOptions;
  /** Also fingerprint each article for the corpus layer (the print rides with its outcome). */
  prints?: boolean;
}

export interface AnalysisPool {
  readonly workers: number;
  /** Outcome i is articles[i]'s analysis or error. */
  analyze(articles: Article[]): Promise<AnalyzeOutcome[]>;
  /** Outcome i is articles[i]'s store writes (made on the thread that analyzed it) or error. */
  prepare(articles: Article[]): Promise<PrepareOutcome[]>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const workers = options.workers ?? defaultWorkers();
  const analyzeOptions = options.analyze ?? {};
  const prints = options.prints ?? false;
  if (workers <= 0) {
    // the pipeline (and its wink-nlp model, half a second to load) on this thread only when it analyzes here
    const inline = import('./analyze-safely.js');
    inline.catch(() => {}); // a failed load rejects each call instead
    return {
      workers: 0,
      analyze: async (articles) => (await inline).analyzeBatch({ articles, options: analyzeOptions, prints }),
      prepare: async (articles) => (await inline).prepareBatch({ articles, options: analyzeOptions, prints }),
      close: async () => {},
    };
  }
  const piscina = new Piscina({
    filename: new URL('./analyze-worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    workers,
    analyze: async (articles) => {
      if (articles.length === 0) return [];
      return (await piscina.run({ articles, options: analyzeOptions, prints })) as AnalyzeOutcome[];
    },
    prepare: async (articles) => {
      if (articles.length === 0) return [];
      const task: AnalyzeTask = { articles, options: analyzeOptions, prints, prepare: true };
      return (await piscina.run(task)) as PrepareOutcome[];
    },
    close: () => piscina.destroy(),
  };
}
