// The query benchmark's store: recombined articles composed from analyzed real paragraphs, then timed
// searches and speaker timelines on it.
import { createAnalysisPool } from '../../src/pool/analysis-pool.js';
import type { Store, StoredArticle } from '../../src/store/store.js';
import type { Article } from '../../src/types.js';
import { type AnalyzedPiece, composeAnalysis } from './compose-analysis.js';
import { drawParagraphs, recombinedMeta, seededRandom } from './load-corpus.js';
import { type Latency, pickSearchTerms, timeQueries } from './measure-store.js';
import { chunk } from './measure-workers.js';

/** Each paragraph analyzed once, as its own mini-article, on the analysis pool. */
export async function analyzeParagraphs(paragraphs: string[], workers: number): Promise<AnalyzedPiece[]> {
  const pool = createAnalysisPool({ workers });
  try {
    const minis: Article[] = paragraphs.map((text, i) => ({ id: `para-${i}`, date: null, text }));
    const outcomes = (await Promise.all(chunk(minis, 100).map((b) => pool.analyze(b)))).flat();
    const pieces: AnalyzedPiece[] = [];
    outcomes.forEach((o, i) => {
      if ('analysis' in o) pieces.push({ text: paragraphs[i] ?? '', analysis: o.analysis });
    });
    return pieces;
  } finally {
    await pool.close();
  }
}

/** Writes `size` recombined articles (the same ones for the same pieces and seed); returns milliseconds. */
export async function fillStore(
  store: Store,
  pieces: AnalyzedPiece[],
  size: number,
  seed = 42,
): Promise<number> {
  const random = seededRandom(seed);
  const t0 = performance.now();
  for (let start = 0; start < size; start += 500) {
    const batch: StoredArticle[] = [];
    for (let i = start; i < Math.min(size, start + 500); i++) {
      const meta = recombinedMeta(i, random);
      const parts = drawParagraphs(pieces.length, random).map((k) => pieces[k] as AnalyzedPiece);
      batch.push(composeAnalysis(meta, parts));
    }
    await store.putArticles(batch);
  }
  return performance.now() - t0;
}

export interface QueryRun {
  articles: number;
  search: Latency;
  timeline: Latency;
}

/** `n` searches (words of stored quotes) and `n` speaker timelines (of the 1,000 speakers with most quotes). */
export async function measureQueries(store: Store, pieces: AnalyzedPiece[], n: number): Promise<QueryRun> {
  const contents = pieces.flatMap((p) => p.analysis.quotes.map((q) => q.content));
  const terms = pickSearchTerms(contents, n);
  const search = await timeQueries(
    terms,
    (q) => store.queryQuotes({ q, limit: 20 }),
    (page) => page.quotes.length > 0,
  );
  const speakers = await store.listSpeakers(undefined, 1000);
  const pick = seededRandom(11);
  const ids = speakers.length
    ? Array.from({ length: n }, () => speakers[Math.floor(pick() * speakers.length)]?.id ?? '')
    : [];
  const timeline = await timeQueries(
    ids,
    (id) => store.getSpeaker(id),
    (detail) => (detail?.timeline.length ?? 0) > 0,
  );
  return { articles: await store.countArticles(), search, timeline };
}
