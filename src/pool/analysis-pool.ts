// Analysis on every core: batches of articles go to piscina worker threads; each batch's outcomes come back in
// article order, so callers that store batches in submission order get the same result as one worker.
// `workers: 0` analyzes on the calling thread (no threads at all).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { AnalyzeOptions, Article } from '../types.js';
import type { AnalyzeOutcome, AnalyzeTask, PrepareOutcome } from './analyze-safely.js';

export interface AnalysisPoolOptions {
  /** Worker threads; default one per core; 0 runs on the calling thread. */
  workers?: number;
  analyze?: AnalyzeOptions;
  /** Also fingerprint each article for the corpus layer (the print rides with its outcome). */
  prints?: boolean;
  /** Leave V8's TurboFan inlining on (see compileLean); off by default once a pool starts threads. */
  turboInlining?: boolean;
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
  if (!options.turboInlining) compileLean();
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

let lean = false;

/**
 * TurboFan without inlining, for the whole process (V8 flags are per process; code compiled earlier keeps its
 * form). Every analysis thread compiles the pipeline for itself, and with inlining the optimizing compiler's
 * graphs are large (fingerprintArticle, findReportCues: over a second of compile each, recompiled after deopts):
 * on a fresh 2-thread pool's first pass over the bench corpus V8's compiler threads spent 4.1 -> 2.7 ms of CPU an
 * article and the process 10.9 -> 9.2, while warm passes cost the same. Output identical on 1,396 texts.
 */
function compileLean(): void {
  if (lean) return;
  lean = true;
  setFlagsFromString('--no-turbo-inlining');
}
