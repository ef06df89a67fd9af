// The store interface: SQLite (embedded, default) and PostgreSQL implement it; one conformance suite tests both.
import type { Analysis, Article, QuoteRecord } from '../types.js';
import type { PreparedArticle } from './prepare-article.js';

export interface StoredQuote extends QuoteRecord {
  /** Stable id: `${article}:${start}-${end}:${type}`. */
  id: string;
  speakerId: string | null;
  clusterId: string | null;
  articleTitle: string | null;
  url: string | null;
  outlet: string | null;
}

export interface QuoteQuery {
  /** Full-text search over quote content. */
  q?: string;
  /** Speaker name or alias (matches canonical speakers and raw speaker strings). */
  speaker?: string;
  speakerId?: string;
  /** Inclusive bounds on the statement date (`when`, falling back to the publication date). */
  from?: string;
  to?: string;
  outlet?: string;
  type?: 'direct' | 'indirect' | 'belief';
  article?: string;
  clusterId?: string;
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
}

export interface QuotePage {
  quotes: StoredQuote[];
  total: number;
  /** True when the store stopped counting at `total` (PostgreSQL caps the count); there are at least that many. */
  totalIsLowerBound?: boolean;
  next: string | null;
}

export interface SpeakerSummary {
  id: string;
  name: string;
  aliases: string[];
  quoteCount: number;
  articleCount: number;
  first: string | null;
  last: string | null;
}

export interface SpeakerTimelinePoint {
  /** YYYY-MM */
  period: string;
  count: number;
}

export interface SpeakerDetail extends SpeakerSummary {
  timeline: SpeakerTimelinePoint[];
}

export interface StoredArticle {
  article: Article;
  analysis: Analysis;
}

export interface PutResult {
  /** Articles written (new or changed). */
  stored: number;
  /** Articles already stored with the same text and analysis version. */
  unchanged: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates tables when missing. Idempotent. */
  init(): Promise<void>;
  /** Stores analyzed articles in one transaction; re-putting the same article changes nothing. */
  putArticles(items: StoredArticle[]): Promise<PutResult>;
  /** putArticles() of writes an analysis thread made (prepareWrite), where the store takes them (SQLite). */
  putPrepared?(items: PreparedArticle[]): Promise<PutResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  hasArticle(id: string): Promise<boolean>;
  countArticles(): Promise<number>;
  /** Ids of the given articles already stored with the same text and metadata under this analysis version. */
  unchangedArticles(articles: Article[], analysisVersion: number): Promise<Set<string>>;
  queryQuotes(query: QuoteQuery): Promise<QuotePage>;
  listSpeakers(q?: string, limit?: number): Promise<SpeakerSummary[]>;
  getSpeaker(id: string): Promise<SpeakerDetail | null>;
  /** Many writes follow until close() (an ingest run): the store may tune itself for them. */
  expectBulkWrites?(): void;
  close(): Promise<void>;
}
