// GET /api/articles/:id (text, quotes with offsets, spin, provenance) and POST /api/articles (token; analyze and store).
import type { Hono, MiddlewareHandler } from 'hono';
import type { Store, StoredArticle } from '../../store/store.js';
import type { Analysis, Article } from '../../types.js';
import { ApiError } from '../api-error.js';
import type { CorpusViews } from '../app-options.js';
import { buildArticleView } from '../article-view.js';
import { parseInput } from '../parse-input.js';
import { idSchema } from '../query-schemas.js';
import { readArticleItems } from '../read-article-items.js';

export interface ItemResult {
  index: number;
  id: string | null;
  ok: boolean;
  quotes?: number;
  error?: { message: string };
}

export function addArticleRoutes(
  app: Hono,
  store: Store,
  corpus: CorpusViews,
  analyze: (article: Article) => Analysis,
  guards: { token: MiddlewareHandler; bodyLimit: MiddlewareHandler },
): void {
  app.get('/api/articles/:id', async (c) => {
    const { id } = parseInput(idSchema, { id: c.req.param('id') }, 'path');
    const stored = await store.getArticle(id);
    if (!stored) throw new ApiError(404, 'not-found', `No article "${id}"`);
    const provenance = corpus.getProvenance ? await corpus.getProvenance(id) : null;
    return c.json(await buildArticleView(store, stored, provenance));
  });

  app.post('/api/articles', guards.token, guards.bodyLimit, async (c) => {
    const items = readArticleItems(await c.req.text(), c.req.header('content-type'));
    const results: ItemResult[] = [];
    const batch: StoredArticle[] = [];
    for (const item of items) {
      if (!('article' in item)) {
        results.push({ index: item.index, id: item.id, ok: false, error: { message: item.message } });
        continue;
      }
      try {
        const analysis = analyze(item.article);
        batch.push({ article: item.article, analysis });
        results.push({ index: item.index, id: item.article.id, ok: true, quotes: analysis.quotes.length });
      } catch (err) {
        const message = `Cannot analyze article "${item.article.id}": ${(err as Error).message}`;
        results.push({ index: item.index, id: item.article.id, ok: false, error: { message } });
      }
    }
    const failed = results.filter((r) => !r.ok).length;
    if (batch.length === 0) {
      const message = `No article stored: ${failed} of ${items.length} item${items.length === 1 ? '' : 's'} failed`;
      return c.json(
        { error: { code: 'nothing-stored', message }, stored: 0, unchanged: 0, failed, results },
        422,
      );
    }
    const put = await store.putArticles(batch);
    const warnings = put.stored > 0 ? await syncCorpus(corpus) : [];
    return c.json({
      stored: put.stored,
      unchanged: put.unchanged,
      failed,
      results,
      ...(warnings.length ? { warnings } : {}),
    });
  });
}

// Clusters and provenance of the new articles: a failure here leaves them stored and is reported, not thrown.
async function syncCorpus(corpus: CorpusViews): Promise<string[]> {
  if (!corpus.sync) return [];
  try {
    return await corpus.sync();
  } catch (err) {
    return [`Stored, but the corpus index was not updated: ${(err as Error).message}`];
  }
}
