// The corpus layer (issue 5) over an open store: its tables in the same database, and syncCorpus() to index the
// stored articles not indexed yet and write quotes.cluster_id for the speaker blocks they touch.

import type { ClusterIndex } from '../corpus/cluster-index.js';
import type { QuoteReport } from '../corpus/cluster-types.js';
import { Corpus } from '../corpus/corpus.js';
import type { ArticlePrint } from '../corpus/fingerprint-article.js';
import type { CorpusBackend } from '../corpus/index.js';
import type { Analysis, Article } from '../types.js';
import type { Store } from './store.js';

export interface StoreCorpusBackend extends CorpusBackend {
  staleArticles(
    ids?: readonly string[],
  ): Promise<Array<{ id: string; hash: string }>> | Array<{ id: string; hash: string }>;
  setSourceHash(id: string, hash: string): Promise<void> | void;
  clusters: ClusterIndex;
  /** The stored quotes of these articles, as the clusterer reads them (one query for a batch). */
  storedQuotesOf(ids: readonly string[]): Promise<StoredQuoteReport[]> | StoredQuoteReport[];
  setClusterIds(ids: ReadonlyMap<string, string>): Promise<void> | void;
  relabelClusterIds(relabel: ReadonlyMap<string, string>): Promise<void> | void;
  /** Runs `fn` while no other process assigns clusters (PostgreSQL: an advisory lock; workers share the store). */
  exclusive?<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` as one transaction where the backend can (SQLite: one commit per synced batch). */
  inTransaction?<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` as one cheaper transaction (SQLite: no savepoint per write) and keeps it when `keep` accepts the
   * result; null, with nothing written, otherwise. */
  inBatchTransaction?<T>(fn: () => Promise<T>, keep: (out: T) => boolean): Promise<T | null>;
}

/** A stored quote's fields the corpus step needs. */
export interface StoredQuoteReport {
  id: string;
  article: string;
  type: QuoteReport['type'];
  content: string;
  speaker: string | null;
  speakerId: string | null;
}

/** What syncCorpus needs of an article the caller already holds (saves re-reading the stored analysis). */
export interface HeldArticle {
  article: Article;
  spin: Analysis['spin'];
  /** fingerprintArticle({ ...article, spin }), when an analysis thread made it. */
  print?: ArticlePrint;
  /** packPrint(print), the print as the SQLite corpus tables store it, when the analysis thread made it too. */
  packedPrint?: string;
}

/** The corpus tables of `store` (created when missing). */
export async function openCorpusBackend(store: Store): Promise<StoreCorpusBackend> {
  if (store.kind === 'sqlite') {
    const { SqliteStore } = await import('./sqlite-store.js');
    const { SqliteCorpusBackend } = await import('./sqlite/corpus-tables.js');
    if (!(store instanceof SqliteStore)) throw new Error('corpus: unsupported SQLite store implementation');
    return new SqliteCorpusBackend(store.db);
  }
  const { PostgresStore } = await import('./postgres-store.js');
  const { PostgresCorpusBackend } = await import('./postgres/corpus-tables.js');
  if (!(store instanceof PostgresStore))
    throw new Error('corpus: unsupported PostgreSQL store implementation');
  return PostgresCorpusBackend.open(store.pool);
}

export interface SyncResult {
  indexed: number;
  clusteredQuotes: number;
  errors: string[];
}

/** Indexes every stored article not indexed yet (or changed; only `ids` when given, which keeps the cost per
 * stored batch independent of the store's size) and refreshes the cluster ids of the speaker blocks touched. */
export async function syncCorpus(
  store: Store,
  backend?: StoreCorpusBackend,
  ids?: readonly string[],
  held?: ReadonlyMap<string, HeldArticle>,
): Promise<SyncResult> {
  const b = backend ?? (await openCorpusBackend(store));
  // a batch with an error is rolled back and synced again the careful way, which stores what it always did
  const fast = await b.inBatchTransaction?.(
    () => syncIn(store, b, ids, held),
    (r) => r.errors.length === 0,
  );
  if (fast) return fast;
  return b.inTransaction ? b.inTransaction(() => syncIn(store, b, ids, held)) : syncIn(store, b, ids, held);
}

async function syncIn(
  store: Store,
  b: StoreCorpusBackend,
  ids: readonly string[] | undefined,
  held: ReadonlyMap<string, HeldArticle> | undefined,
): Promise<SyncResult> {
  const corpus = new Corpus(b.prints, b.reports, b.clusters);
  const errors: string[] = [];
  let indexed = 0;
  const stale = await b.staleArticles(ids);
  const quotesOf = new Map<string, StoredQuoteReport[]>();
  for (const q of await b.storedQuotesOf(stale.map((s) => s.id))) {
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }
  for (const { id, hash } of stale) {
    try {
      const stored = held?.get(id) ?? (await readHeld(store, id));
      if (!stored) continue;
      const { article, spin } = stored;
      const quotes = quotesOf.get(id) ?? [];
      const reports: QuoteReport[] = quotes.map((q) => ({
        quoteId: q.id,
        article: id,
        outlet: article.source ?? null,
        time: article.published ?? article.date,
        speaker: q.speaker,
        speakerId: q.speakerId,
        content: q.content,
        type: q.type,
      }));
      await corpus.addArticle({ ...article, spin }, reports, stored.print, stored.packedPrint);
      await b.setSourceHash(id, hash);
      indexed++;
    } catch (err) {
      errors.push(`corpus: article '${id}': ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // each new quote is clustered against the variants it can reach, not its speaker's whole block
  const assign = async () => {
    const got = await corpus.assignClusterIds();
    await b.relabelClusterIds(got.relabel);
    await b.setClusterIds(got.byQuote);
    return got;
  };
  const got = b.exclusive ? await b.exclusive(assign) : await assign();
  return { indexed, clusteredQuotes: got.byQuote.size, errors };
}

async function readHeld(store: Store, id: string): Promise<HeldArticle | null> {
  const stored = await store.getArticle(id);
  return stored ? { article: stored.article, spin: stored.analysis.spin } : null;
}

/** Opens the store at `target`, brings the corpus index up to date, runs `fn`, closes the store. */
export async function withStoreCorpus<T>(
  target: string,
  fn: (backend: StoreCorpusBackend, sync: SyncResult) => Promise<T>,
): Promise<T> {
  const { openStore } = await import('./open-store.js');
  const store = await openStore(target);
  try {
    const backend = await openCorpusBackend(store);
    const sync = await syncCorpus(store, backend);
    return await fn(backend, sync);
  } finally {
    await store.close();
  }
}
