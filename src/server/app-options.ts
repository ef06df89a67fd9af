import type { QuoteCluster } from '../corpus/cluster-types.js';
import type { Provenance } from '../corpus/provenance-types.js';
import type { Store } from '../store/store.js';
import type { Analysis, Article } from '../types.js';

/** What the corpus layer (src/corpus) answers the server; each part is optional until it is wired in. */
export interface CorpusViews {
  /** A quote cluster: its reports in time order, first report, variants. */
  getCluster?: (id: string) => Promise<QuoteCluster | null>;
  /** An article's provenance (copy of, sources, stitched, spun, substitutions). */
  getProvenance?: (articleId: string) => Promise<Provenance | null>;
  /** Indexes newly stored articles (after POST /api/articles); answers problems as messages. */
  sync?: () => Promise<string[]>;
}

export interface AppOptions {
  store: Store;
  /** Bearer token for POST /api/articles; without one, writing is disabled. */
  token?: string;
  /** Origin allowed by CORS; CORS is off without it. */
  cors?: string;
  /** Largest request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Directory of the web app (default: web/ of the package); null serves the API only. */
  webRoot?: string | null;
  corpus?: CorpusViews;
  /** The analyzer POST /api/articles runs (default: analyze). */
  analyze?: (article: Article) => Analysis;
}
