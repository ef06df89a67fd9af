// GET /healthz: the process answers and the store can be read.
import type { Hono } from 'hono';
import type { Store } from '../../store/store.js';

export function addHealthRoute(app: Hono, store: Store): void {
  app.get('/healthz', async (c) => {
    try {
      const articles = await store.countArticles();
      return c.json({ ok: true, store: store.kind, articles });
    } catch (err) {
      return c.json(
        {
          ok: false,
          store: store.kind,
          error: { code: 'store-unavailable', message: (err as Error).message },
        },
        503,
      );
    }
  });
}
