// Quote clusters: the reports of one utterance by one speaker across articles.
import type { QuoteType } from '../types.js';

/** One article's carrying of a quote, as the clusterer reads it. */
export interface QuoteReport {
  /** Stable quote id (the store's `${article}:${start}-${end}:${type}`). */
  quoteId: string;
  article: string;
  outlet: string | null;
  /** Publication time (timestamp, else date) of the article. */
  time: string | null;
  speaker: string | null;
  speakerId: string | null;
  content: string;
  type: QuoteType;
}

export interface ClusterReport extends QuoteReport {
  /** The article this report's article is a copy of, when it is one (not an independent report). */
  copyOf: string | null;
}

export interface ClusterVariant {
  text: string;
  reports: number;
  outlets: number;
}

export interface QuoteCluster {
  /** `cl-` + hash of the earliest report's quote id. */
  id: string;
  speaker: string;
  /** speakerId when known, else `name:` + the normalized surname. */
  speakerKey: string;
  canonical: string;
  variants: ClusterVariant[];
  /** Every report, earliest first. */
  reports: ClusterReport[];
  /** The earliest independent report (copies do not count). */
  firstReport: ClusterReport | null;
  /** Other articles with an independent report published at the same time as the first (date-only times tie). */
  firstReportTies: number;
  outlets: number;
  independentReports: number;
  first: string | null;
  last: string | null;
  /** Hours between the first and last report, when both times are known. */
  spreadHours: number | null;
  /** Clusters of other speakers carrying the same words. */
  alsoAttributedTo: Array<{ clusterId: string; speaker: string }>;
  /** The rules that linked its reports. */
  rules: string[];
}
