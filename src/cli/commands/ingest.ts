// onrecord ingest FILE… : read articles, analyze them on every core, store them in batches.
// Unchanged articles (same text and metadata, same analysis version) are skipped before analysis.
import { z } from 'zod';
import { ANALYSIS_VERSION } from '../../analysis-version.js';
import type { ArticlePrint } from '../../corpus/fingerprint-article.js';
import { type AnalysisPool, createAnalysisPool, defaultWorkers } from '../../pool/analysis-pool.js';
import { type AnalyzeOutcome, outcomePrint, type PrepareOutcome } from '../../pool/analyze-safely.js';
import {
  type HeldArticle,
  openCorpusBackend,
  type StoreCorpusBackend,
  syncCorpus,
} from '../../store/corpus-backend.js';
import { DEFAULT_DB, openStore } from '../../store/open-store.js';
import { isPrepared, type PreparedArticle } from '../../store/prepare-article.js';
import type { PutResult, Store, StoredArticle } from '../../store/store.js';
import type { Analysis, Article } from '../../types.js';
import { parseArgs } from '../args.js';
import { createProgress, type Progress } from '../progress.js';
import { INPUT_FORMATS, type ReadItem, readInputs } from '../read-inputs.js';

const spec = {
  command: 'ingest',
  usage: 'FILE…',
  summary:
    'Analyze articles (files, directories, - for stdin) and store them; unchanged articles are skipped.',
  flags: {
    db: {
      type: 'string',
      help: `store: SQLite file or postgres:// URL (default ${DEFAULT_DB})`,
      value: 'PATH|URL',
    },
    format: {
      type: 'string',
      help: `input format (${INPUT_FORMATS.join(', ')}); detected when absent`,
      value: 'F',
      schema: z.enum(INPUT_FORMATS).optional(),
    },
    workers: {
      type: 'string',
      help: 'analysis worker threads (default: one per core; 0 = none)',
      value: 'N',
      schema: z.coerce.number().int().min(0).max(256).optional(),
    },
    batch: {
      type: 'string',
      help: 'articles per analysis task and store transaction (default 100)',
      value: 'N',
      schema: z.coerce.number().int().min(1).max(10_000).default(100),
    },
    quiet: { type: 'boolean', short: 'q', help: 'no progress bar or summary (errors still print)' },
  },
} as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, spec);
  if (!parsed.ok) return parsed.exitCode;
  const { db, format, workers, batch, quiet } = parsed.flags;
  const progress = createProgress({ label: 'onrecord ingest', quiet });
  // analysis threads also fingerprint for the corpus step, which the storing thread then only indexes; they start
  // first, loading their model (about half a second of CPU each) while the store opens and its corpus index syncs
  const pool = createAnalysisPool({ workers: workers ?? defaultWorkers(), prints: true });
  let store: Store;
  try {
    store = await openStore(db ?? DEFAULT_DB);
  } catch (err) {
    await pool.close();
    process.stderr.write(`onrecord ingest: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  store.expectBulkWrites?.();
  const inputs = readInputs(parsed.positionals, format ? { format } : {});
  const phases = process.env.ONRECORD_PHASES ? newPhases() : undefined;
  // SIGINT/SIGTERM: stop reading, store what is in hand, print the summary (a second signal exits at once)
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nonrecord ingest: stopping after the batches in hand\n');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  let result: PutResult;
  try {
    const corpus = await openCorpusBackend(store);
    // articles stored earlier but never indexed (an interrupted run): index them first
    for (const e of (await syncCorpus(store, corpus)).errors) progress.error('corpus', e);
    result = await ingestArticles(inputs, {
      store,
      pool,
      batchSize: batch,
      progress,
      position: () => inputs,
      corpus,
      stop: () => stopping,
      ...(phases ? { phases } : {}),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool.close();
    await store.close();
  }
  const summary = progress.stop();
  if (!quiet) {
    process.stderr.write(`onrecord ingest: ${result.stored} stored, ${result.unchanged} unchanged\n`);
  }
  if (phases) process.stderr.write(`onrecord ingest: phases ${formatPhases(phases, result.stored)}\n`);
  return summary.errors > 0 ? 1 : 0;
}

export interface IngestOptions {
  store: Store;
  pool: AnalysisPool;
  batchSize: number;
  progress: Progress;
  /** Byte position of the reader, for the progress bar. */
  position?: () => { bytesRead: number; totalBytes: number | null };
  /** Batches analyzed ahead of the one being stored (default: two per worker, at least two). */
  ahead?: number;
  /** When given, each stored batch is indexed in the corpus (cluster ids, provenance) right after its commit. */
  corpus?: StoreCorpusBackend;
  /** Asked before each article read: true stops reading (what was read is still stored). */
  stop?: () => boolean;
  /** Wall-clock ms spent per phase of the writer (ONRECORD_PHASES=1). */
  phases?: Phases;
}

/** Writer-side wall-clock ms: waiting for analysis, the store's put, the corpus sync. */
export interface Phases {
  wait: number;
  put: number;
  corpus: number;
  started: number;
}

export function newPhases(): Phases {
  return { wait: 0, put: 0, corpus: 0, started: performance.now() };
}

export function formatPhases(p: Phases, articles: number): string {
  const per = (ms: number) => (articles ? (ms / articles).toFixed(2) : '-');
  const total = performance.now() - p.started;
  return `ms/article (of ${articles} stored): total ${per(total)}, waiting for analysis ${per(p.wait)}, put ${per(p.put)}, corpus ${per(p.corpus)}`;
}

interface Analyzed {
  articles: Array<{ article: Article; where: string }>;
  /** Aligned with `articles`: the outcome, or null for an unchanged (skipped) article. */
  outcomes: Array<AnalyzeOutcome | PrepareOutcome | null>;
}

/** An article ready to store: its analysis, or the writes its analysis thread made from it (prepare-article.ts). */
type Storable = StoredArticle | PreparedArticle;

/**
 * Reads, analyzes and stores. Batches are analyzed concurrently but stored strictly in input order, so the
 * store ends up the same whatever the number of workers. Every failed item is reported through `progress`.
 */
export async function ingestArticles(
  items: AsyncIterable<ReadItem>,
  options: IngestOptions,
): Promise<PutResult> {
  const { store, pool, progress } = options;
  const ahead = options.ahead ?? Math.max(2, pool.workers * 2);
  const pending: Array<{ articles: Analyzed['articles']; done: Promise<Analyzed> }> = [];
  const total: PutResult = { stored: 0, unchanged: 0 };
  let batch: Analyzed['articles'] = [];

  const analyzeAhead = async (articles: Analyzed['articles']): Promise<Analyzed> => {
    const list = articles.map((a) => a.article);
    const unchanged = await store.unchangedArticles(list, ANALYSIS_VERSION);
    const todo = list.filter((a) => !unchanged.has(a.id));
    // a store that takes prepared writes gets them from the analysis threads: this thread then only writes
    const done = store.putPrepared ? await pool.prepare(todo) : await pool.analyze(todo);
    let next = 0;
    return { articles, outcomes: list.map((a) => (unchanged.has(a.id) ? null : (done[next++] ?? null))) };
  };

  const storeNext = async () => {
    const head = pending.shift();
    if (!head) return;
    const good: Array<{
      item: Storable;
      spin: Analysis['spin'];
      where: string;
      print?: ArticlePrint;
      packedPrint?: string;
    }> = [];
    let skipped = 0;
    const t0 = performance.now();
    try {
      const { articles, outcomes } = await head.done;
      for (const [i, { article, where }] of articles.entries()) {
        const outcome = outcomes[i];
        if (outcome === null || outcome === undefined) skipped++;
        else if (outcome.id !== article.id)
          progress.error(where, `article '${article.id}': not stored: analysis of '${outcome.id}' came back`);
        else if ('error' in outcome) {
          const failed = 'refused' in outcome ? 'not stored' : 'analysis failed';
          progress.error(where, `article '${article.id}': ${failed}: ${outcome.error}`);
        } else {
          good.push({
            ...('write' in outcome
              ? { item: { article, ...outcome.write }, spin: outcome.write.spin }
              : { item: { article, analysis: outcome.analysis }, spin: outcome.analysis.spin }),
            where,
            // the print, and its form in the SQLite corpus tables when the analysis thread packed it
            ...outcomePrint(outcome),
          });
        }
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      for (const { article, where } of head.articles)
        progress.error(where, `article '${article.id}': ${message}`);
    }
    const t1 = performance.now();
    const put = await putReportingErrors(store, good, progress);
    const t2 = performance.now();
    if (options.corpus && put.stored > 0) {
      const held = new Map<string, HeldArticle>(
        good.map((g) => [
          g.item.article.id,
          {
            article: g.item.article,
            spin: g.spin,
            ...(g.print ? { print: g.print } : {}),
            ...(g.packedPrint ? { packedPrint: g.packedPrint } : {}),
          },
        ]),
      );
      try {
        const sync = await syncCorpus(store, options.corpus, [...held.keys()], held);
        for (const e of sync.errors) progress.error('corpus', e);
      } catch (err) {
        progress.error('corpus', err instanceof Error ? err.message : String(err));
      }
    }
    if (options.phases) {
      options.phases.wait += t1 - t0;
      options.phases.put += t2 - t1;
      options.phases.corpus += performance.now() - t2;
    }
    total.stored += put.stored;
    total.unchanged += put.unchanged + skipped;
    const at = options.position?.();
    for (let i = 0; i < head.articles.length; i++) progress.article(at?.bytesRead, at?.totalBytes);
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const done = analyzeAhead(batch);
    done.catch(() => {}); // awaited, in order, by storeNext
    pending.push({ articles: batch, done });
    batch = [];
    while (pending.length > ahead) await storeNext();
  };

  for await (const item of items) {
    if (options.stop?.()) break;
    if ('error' in item) {
      progress.error(item.error.where, item.error.message);
      continue;
    }
    batch.push({ article: item.article, where: item.where });
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  while (pending.length > 0) await storeNext();
  return total;
}

/** One transaction per batch; when a batch fails, its articles are stored one by one to name the bad ones. */
async function putReportingErrors(
  store: Store,
  good: Array<{ item: Storable; where: string }>,
  progress: Progress,
): Promise<PutResult> {
  if (good.length === 0) return { stored: 0, unchanged: 0 };
  try {
    return await putItems(
      store,
      good.map((g) => g.item),
    );
  } catch {
    const result: PutResult = { stored: 0, unchanged: 0 };
    for (const { item, where } of good) {
      try {
        const one = await putItems(store, [item]);
        result.stored += one.stored;
        result.unchanged += one.unchanged;
      } catch (err) {
        progress.error(
          where,
          `article '${item.article.id}': not stored: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
    return result;
  }
}

/** Prepared writes to a store that takes them, analyses to putArticles(). */
function putItems(store: Store, items: Storable[]): Promise<PutResult> {
  const prepared = items.filter(isPrepared);
  if (prepared.length === 0) return store.putArticles(items as StoredArticle[]);
  if (!store.putPrepared || prepared.length !== items.length)
    throw new Error('prepared writes given to a store that does not take them');
  return store.putPrepared(prepared);
}
