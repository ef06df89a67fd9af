// What the provenance of one article says: copy of what, which earlier articles its sentences come from, spin.
import type { ArticlePrint } from './fingerprint-article.js';

export interface ProvenanceSource {
  article: string;
  outlet: string | null;
  time: string | null;
  /** Sentences of the article first found in this source. */
  sentences: number;
  /** Share of the article's unquoted words in those sentences. */
  share: number;
  /** Some of those sentences match only after mapping aliases. */
  spun: boolean;
}

export interface SentenceReuse {
  sentence: number;
  start: number;
  end: number;
  source: string;
  sourceSentence: number;
  spun: boolean;
  dice: number;
  cosine: number;
  rule: string;
}

/** An alias form the article uses where its source has the usual form ("Russian Federation" for "Russia"). */
export interface Substitution {
  start: number;
  end: number;
  text: string;
  usual: string;
  canonical: string;
  /** The article it was taken from; null for an unusual form of the article's own text (not matched to a source). */
  source: string | null;
}

export interface Provenance {
  article: string;
  copyOf: string | null;
  sources: ProvenanceSource[];
  stitched: boolean;
  spun: boolean;
  /** Share of the article's unquoted words in sentences found in earlier articles, 0..1. */
  reusedShare: number;
  substitutions: Substitution[];
  sentences: SentenceReuse[];
  /** The rules that set copyOf, stitched and spun. */
  rules: string[];
}

/** What the flag rules read. */
export interface FlagContext {
  print: ArticlePrint;
  /** Earlier near-duplicates (MinHash), earliest first. */
  nearEarlier: ArticlePrint[];
  /** Sources by share, largest first. */
  sources: ProvenanceSource[];
  reusedShare: number;
  sentences: SentenceReuse[];
}

export interface CopyFlag {
  copyOf: string;
  rule: string;
}
