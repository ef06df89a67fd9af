// createApp({ store }) → the hono app: JSON API under /api, /healthz, and the web app. Never listens; see start-server.ts.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { analyze as analyzeArticle } from '../analyze.js';
import { toErrorBody } from './api-error.js';
import type { AppOptions } from './app-options.js';
import { answerError, answerNotFound } from './on-error.js';
import { openApiDocument } from './openapi.js';
import { requireToken } from './require-token.js';
import { addArticleRoutes } from './routes/articles.js';
import { addClusterRoutes } from './routes/clusters.js';
import { addHealthRoute } from './routes/health.js';
import { addQuoteRoutes } from './routes/quotes.js';
import { addSpeakerRoutes } from './routes/speakers.js';
import { securityHeaders } from './security-headers.js';
import { findWebRoot, loadWebAssets } from './web-assets.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** Paths the web app routes itself; each answers index.html. */
const PAGES = ['/', '/search', '/speakers/:id', '/clusters/:id', '/articles/:id'];

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const corpus = options.corpus ?? {};
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = new Hono();

  app.use('*', securityHeaders());
  if (options.cors) {
    app.use(
      '/api/*',
      cors({
        origin: options.cors,
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['Authorization', 'Content-Type'],
      }),
    );
  }

  const limitBody = bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(toErrorBody('payload-too-large', `Request body too large: at most ${maxSize} bytes`), 413),
  });

  addHealthRoute(app, store);
  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  addQuoteRoutes(app, store);
  addSpeakerRoutes(app, store);
  addClusterRoutes(app, store, corpus);
  addArticleRoutes(app, store, corpus, options.analyze ?? ((a) => analyzeArticle(a)), {
    token: requireToken(options.token),
    bodyLimit: limitBody,
  });

  const webRoot = options.webRoot === undefined ? findWebRoot() : options.webRoot;
  if (webRoot) {
    const assets = loadWebAssets(webRoot);
    const index = assets.get('/index.html');
    if (index) {
      for (const page of PAGES) {
        app.get(page, (c) =>
          c.body(index.body, 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache' }),
        );
      }
    }
    for (const [path, asset] of assets) {
      if (path === '/index.html') continue;
      app.get(path, (c) =>
        c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' }),
      );
    }
  }

  app.onError(answerError);
  app.notFound(answerNotFound);
  return app;
}
