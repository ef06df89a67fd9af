// GET /api/clusters/:id: the reports of one utterance across outlets, in publication order, first report marked.
// Built from the corpus layer's QuoteCluster when it is wired in, else from the stored quotes carrying the id.
import type { QuoteCluster } from '../corpus/cluster-types.js';
import type { StoredQuote } from '../store/store.js';
import type { QuoteType } from '../types.js';

export interface ClusterReportView {
  quoteId: string;
  article: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** Publication time of the article (timestamp or date). */
  published: string | null;
  type: QuoteType;
  content: string;
  speaker: string | null;
  /** The article this one copies, when it is a copy (not an independent report). */
  copyOf: string | null;
  first: boolean;
}

export interface ClusterOutletView {
  outlet: string;
  reports: number;
  first: string | null;
}

export interface ClusterView {
  id: string;
  speaker: string | null;
  speakerId: string | null;
  content: string;
  first: ClusterReportView | null;
  /** Independent reports published at the same time as the first. */
  firstReportTies: number;
  reports: ClusterReportView[];
  outlets: ClusterOutletView[];
  variants: Array<{ text: string; reports: number; outlets: number }>;
  alsoAttributedTo: Array<{ clusterId: string; speaker: string }>;
  rules: string[];
}

/** Title and url of an article, for the report list. */
export type ArticleLabels = Map<string, { title: string | null; url: string | null }>;

const UNKNOWN_OUTLET = '(unknown outlet)';

export function clusterFromCorpus(cluster: QuoteCluster, labels: ArticleLabels): ClusterView {
  const firstId = cluster.firstReport?.quoteId ?? null;
  const reports = cluster.reports.map(
    (r): ClusterReportView => ({
      quoteId: r.quoteId,
      article: r.article,
      title: labels.get(r.article)?.title ?? null,
      url: labels.get(r.article)?.url ?? null,
      outlet: r.outlet,
      published: r.time,
      type: r.type,
      content: r.content,
      speaker: r.speaker,
      copyOf: r.copyOf,
      first: r.quoteId === firstId,
    }),
  );
  return {
    id: cluster.id,
    speaker: cluster.speaker,
    speakerId: cluster.reports.find((r) => r.speakerId)?.speakerId ?? null,
    content: cluster.canonical,
    first: reports.find((r) => r.first) ?? null,
    firstReportTies: cluster.firstReportTies,
    reports,
    outlets: outletsOf(reports),
    variants: cluster.variants,
    alsoAttributedTo: cluster.alsoAttributedTo,
    rules: cluster.rules,
  };
}

/** Orders the stored reports by publication date (undated last); the earliest dated report is the first report. */
export function clusterFromQuotes(id: string, quotes: StoredQuote[]): ClusterView {
  const sorted = [...quotes].sort(compareQuotes);
  const firstIndex = sorted.findIndex((q) => q.published !== null);
  const reports = sorted.map(
    (q, i): ClusterReportView => ({
      quoteId: q.id,
      article: q.article,
      title: q.articleTitle,
      url: q.url,
      outlet: q.outlet,
      published: q.published,
      type: q.type,
      content: q.content,
      speaker: q.speaker,
      copyOf: null,
      first: i === firstIndex,
    }),
  );
  const first = reports[firstIndex] ?? null;
  const lead = first ?? reports[0];
  const firstDate = first?.published?.slice(0, 10);
  const variants = new Map<string, { text: string; reports: number; outlets: Set<string> }>();
  for (const r of reports) {
    const v = variants.get(r.content) ?? { text: r.content, reports: 0, outlets: new Set<string>() };
    v.reports++;
    v.outlets.add(r.outlet ?? UNKNOWN_OUTLET);
    variants.set(r.content, v);
  }
  return {
    id,
    speaker: lead?.speaker ?? null,
    speakerId: sorted.find((q) => q.speakerId)?.speakerId ?? null,
    content: lead?.content ?? '',
    first,
    firstReportTies: first
      ? reports.filter((r) => r !== first && r.published?.slice(0, 10) === firstDate).length
      : 0,
    reports,
    outlets: outletsOf(reports),
    variants: [...variants.values()].map((v) => ({
      text: v.text,
      reports: v.reports,
      outlets: v.outlets.size,
    })),
    alsoAttributedTo: [],
    rules: ['server/earliest-stored-report'],
  };
}

function outletsOf(reports: ClusterReportView[]): ClusterOutletView[] {
  const outlets = new Map<string, ClusterOutletView>();
  for (const r of reports) {
    const name = r.outlet ?? UNKNOWN_OUTLET;
    const entry = outlets.get(name) ?? { outlet: name, reports: 0, first: r.published };
    entry.reports++;
    outlets.set(name, entry);
  }
  return [...outlets.values()];
}

function compareQuotes(a: StoredQuote, b: StoredQuote): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}
