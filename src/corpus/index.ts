// Across articles: quote clusters, copies, sentence reuse, stitched and spun pages, provenance (issue 5).
//
// For the server and CLI (all async). `backend` is a CorpusBackend: over a store, src/store/corpus-backend.ts
// `openCorpusBackend(store)` (SQLite or PostgreSQL corpus tables, created when missing), then
// `syncCorpus(store, backend, ids?)` after storing articles (indexes them, fills quotes.cluster_id);
// in memory, `memoryCorpusBackend()`.
//   getProvenance(backend, articleId) → Provenance | null
//       { article, copyOf, sources: [{ article, sentences, spun, share, outlet, time }], stitched, spun,
//         reusedShare, substitutions, sentences, rules }
//   toProvenanceJson(p) → the JSON { article, copyOf, sources: [{ article, sentences, spun }], stitched,
//       spun, reusedShare } plus substitutions
//   getCluster(backend, clusterId) → QuoteCluster | null (canonical, variants, reports in time order, firstReport,
//       alsoAttributedTo)
//   listClusters(backend, { speaker }) → QuoteCluster[] (most reports first)
//   indexArticle(backend, article, quoteReports) → speaker keys touched; clusterIdsOf(backend, keys) → quoteId →
//       clusterId for those blocks.
// Provenance and clusters are computed from the indexes on demand, so they never depend on arrival order.
// Evaluation: scripts/eval/eval-pan13.ts, eval-msrp.ts, eval-reuse-flags.ts (`node dist/scripts/eval.js --only
// pan13|msrp|reuse|seed-provenance|corpus-scale`).
import { type ClusterIndex, MemoryClusterIndex } from './cluster-index.js';
import type { QuoteCluster, QuoteReport } from './cluster-types.js';
import { type ClusterFilter, Corpus, type CorpusArticle } from './corpus.js';
import { MemoryPrintIndex, type WritablePrintIndex } from './print-index.js';
import type { Provenance } from './provenance-types.js';
import { MemoryReportIndex, type ReportIndex } from './report-index.js';

export { assignClusters, type ClusterAssignment } from './assign-clusters.js';
export { type ClusterIndex, MemoryClusterIndex } from './cluster-index.js';
export type { ClusterReport, ClusterVariant, QuoteCluster, QuoteReport } from './cluster-types.js';
export { Corpus } from './corpus.js';
export { type ArticlePrint, fingerprintArticle } from './fingerprint-article.js';
export { MemoryPrintIndex, type Posting, type PrintIndex, type WritablePrintIndex } from './print-index.js';
export type { Provenance, ProvenanceSource, Substitution } from './provenance-types.js';
export { MemoryReportIndex, type ReportIndex, type StoredReport } from './report-index.js';
export { toSpeakerKey } from './speaker-key.js';
export { toQuoteId, toQuoteReports } from './to-quote-reports.js';

/** Where the corpus indexes live. */
export interface CorpusBackend {
  prints: WritablePrintIndex;
  reports: ReportIndex;
  clusters?: ClusterIndex;
}

export function memoryCorpusBackend(): CorpusBackend {
  return {
    prints: new MemoryPrintIndex(),
    reports: new MemoryReportIndex(),
    clusters: new MemoryClusterIndex(),
  };
}

const corpusOf = (b: CorpusBackend) => new Corpus(b.prints, b.reports, b.clusters);

export async function getProvenance(backend: CorpusBackend, articleId: string): Promise<Provenance | null> {
  return corpusOf(backend).provenance(articleId);
}

export async function getCluster(backend: CorpusBackend, clusterId: string): Promise<QuoteCluster | null> {
  return corpusOf(backend).cluster(clusterId);
}

export async function listClusters(
  backend: CorpusBackend,
  filter: ClusterFilter = {},
): Promise<QuoteCluster[]> {
  return corpusOf(backend).clusters(filter);
}

export async function indexArticle(
  backend: CorpusBackend,
  article: CorpusArticle,
  quotes: QuoteReport[],
): Promise<string[]> {
  return corpusOf(backend).addArticle(article, quotes);
}

export async function clusterIdsOf(
  backend: CorpusBackend,
  speakerKeys: Iterable<string>,
): Promise<Map<string, string>> {
  return corpusOf(backend).clusterIds(speakerKeys);
}

/** The provenance JSON of `onrecord provenance --json`. */
export function toProvenanceJson(p: Provenance) {
  return {
    article: p.article,
    copyOf: p.copyOf,
    sources: p.sources.map((s) => ({ article: s.article, sentences: s.sentences, spun: s.spun })),
    stitched: p.stitched,
    spun: p.spun,
    reusedShare: Math.round(p.reusedShare * 1000) / 1000,
    substitutions: p.substitutions.map((s) => ({
      text: s.text,
      usual: s.usual,
      canonical: s.canonical,
      start: s.start,
      end: s.end,
      source: s.source,
    })),
  };
}
