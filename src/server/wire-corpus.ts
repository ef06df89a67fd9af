// The corpus layer over the store's corpus tables, as the server uses it: brought up to date at start and after
// each write (one sync at a time); a cluster is looked up in its speaker's block only, found through the stored
// quotes that carry its id, instead of through every speaker's clusters.
import { Corpus, getCluster, getProvenance, toSpeakerKey } from '../corpus/index.js';
import { openCorpusBackend, syncCorpus } from '../store/corpus-backend.js';
import type { Store } from '../store/store.js';
import type { CorpusViews } from './app-options.js';

export interface WiredCorpus {
  views: CorpusViews;
  /** Problems met while indexing the articles already stored. */
  errors: string[];
}

export async function wireCorpus(store: Store): Promise<WiredCorpus> {
  const backend = await openCorpusBackend(store);
  const { errors } = await syncCorpus(store, backend);
  const corpus = new Corpus(backend.prints, backend.reports);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    errors,
    views: {
      getCluster: async (id) => {
        const [quote] = (await store.queryQuotes({ clusterId: id, limit: 1 })).quotes;
        const key = quote ? toSpeakerKey(quote.speaker, quote.speakerId) : null;
        const found = key ? (await corpus.clustersOf(key)).find((c) => c.id === id) : undefined;
        return found ? corpus.withAlsoAttributed(found) : getCluster(backend, id);
      },
      getProvenance: (id) => getProvenance(backend, id),
      sync: () => {
        const next = queue.then(() => syncCorpus(store, backend));
        queue = next.catch(() => undefined);
        return next.then((r) => r.errors);
      },
    },
  };
}
