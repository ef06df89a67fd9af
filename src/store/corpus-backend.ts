// The corpus layer (issue 5) over an open store: its tables in the same database, and syncCorpus() to index the
// stored articles not indexed yet and write quotes.cluster_id for the speaker blocks they touch.

import type { QuoteReport } from '../corpus/cluster-types.js';
import { Corpus } from '../corpus/corpus.js';
import type { CorpusBackend } from '../corpus/index.js';
import type { Analysis, Article } from '../types.js';
import type { Store } from './store.js';

export interface StoreCorpusBackend extends CorpusBackend {
  staleArticles(
    ids?: readonly string[],
  ): Promise<Array<{ id: string; hash: string }>> | Array<{ id: string; hash: string }>;
  setSourceHash(id: string, hash: string): Promise<void> | void;
  setClusterIds(ids: ReadonlyMap<string, string>): Promise<void> | void;
  /** Runs `fn` as one transaction where the backend can (SQLite: one commit per synced batch). */
  inTransaction?<T>(fn: () => Promise<T>): Promise<T>;
}

/** What syncCorpus needs of an article the caller already holds (saves re-reading the stored analysis). */
export interface HeldArticle {
  article: Article;
  spin: Analysis['spin'];
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
  return b.inTransaction ? b.inTransaction(() => syncIn(store, b, ids, held)) : syncIn(store, b, ids, held);
}

async function syncIn(
  store: Store,
  b: StoreCorpusBackend,
  ids: readonly string[] | undefined,
  held: ReadonlyMap<string, HeldArticle> | undefined,
): Promise<SyncResult> {
  const corpus = new Corpus(b.prints, b.reports);
  const touched = new Set<string>();
  const errors: string[] = [];
  let indexed = 0;
  for (const { id, hash } of await b.staleArticles(ids)) {
    try {
      const stored = held?.get(id) ?? (await readHeld(store, id));
      if (!stored) continue;
      const { article, spin } = stored;
      const quotes = [];
      let cursor: string | null = null;
      do {
        const page = await store.queryQuotes({ article: id, limit: 1000, ...(cursor ? { cursor } : {}) });
        quotes.push(...page.quotes);
        cursor = page.next;
      } while (cursor);
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
      for (const key of await corpus.addArticle({ ...article, spin }, reports)) touched.add(key);
      await b.setSourceHash(id, hash);
      indexed++;
    } catch (err) {
      errors.push(`corpus: article '${id}': ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const clusterIds = await corpus.clusterIds(touched);
  await b.setClusterIds(clusterIds);
  return { indexed, clusteredQuotes: clusterIds.size, errors };
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
