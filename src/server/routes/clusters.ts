// GET /api/clusters/:id: the corpus layer's cluster when wired, else the stored quotes carrying that cluster id.
import type { Hono } from 'hono';
import type { Store, StoredQuote } from '../../store/store.js';
import { ApiError } from '../api-error.js';
import type { CorpusViews } from '../app-options.js';
import { type ArticleLabels, clusterFromCorpus, clusterFromQuotes } from '../cluster-view.js';
import { parseInput } from '../parse-input.js';
import { idSchema } from '../query-schemas.js';

const PAGE = 200;
const MAX_REPORTS = 2000;
const MAX_LABELLED_ARTICLES = 200;

export function addClusterRoutes(app: Hono, store: Store, corpus: CorpusViews): void {
  app.get('/api/clusters/:id', async (c) => {
    const { id } = parseInput(idSchema, { id: c.req.param('id') }, 'path');
    const found = corpus.getCluster ? await corpus.getCluster(id) : null;
    if (found) {
      const articles = [...new Set(found.reports.map((r) => r.article))].slice(0, MAX_LABELLED_ARTICLES);
      return c.json({ cluster: clusterFromCorpus(found, await labelArticles(store, articles)) });
    }
    const quotes = await storedReports(store, id);
    if (quotes.length === 0) throw new ApiError(404, 'not-found', `No cluster "${id}"`);
    return c.json({ cluster: clusterFromQuotes(id, quotes) });
  });
}

async function storedReports(store: Store, clusterId: string): Promise<StoredQuote[]> {
  const quotes: StoredQuote[] = [];
  let cursor: string | null = null;
  while (quotes.length < MAX_REPORTS) {
    const page = await store.queryQuotes(
      cursor ? { clusterId, limit: PAGE, cursor } : { clusterId, limit: PAGE },
    );
    quotes.push(...page.quotes);
    cursor = page.next;
    if (!cursor) break;
  }
  return quotes;
}

// One cheap quote query per article gives its title and url.
async function labelArticles(store: Store, ids: string[]): Promise<ArticleLabels> {
  const labels: ArticleLabels = new Map();
  for (const article of ids) {
    const [q] = (await store.queryQuotes({ article, limit: 1 })).quotes;
    if (q) labels.set(article, { title: q.articleTitle, url: q.url });
  }
  return labels;
}
