// The web app: a tiny router over real paths (/search, /speakers/:id, /clusters/:id, /articles/:id) that the server answers with index.html.
import { clear } from './lib/dom.js';
import { navigate } from './lib/navigate.js';
import { message } from './lib/quote-card.js';
import { renderArticle } from './pages/article.js';
import { renderCluster } from './pages/cluster.js';
import { renderSearch } from './pages/search.js';
import { renderSpeaker } from './pages/speaker.js';

const ROUTES = [
  [/^\/(?:search)?$/, (_m, url) => renderSearch(url.searchParams)],
  [/^\/speakers\/([^/]+)$/, (m) => renderSpeaker(decodeURIComponent(m[1]))],
  [/^\/clusters\/([^/]+)$/, (m) => renderCluster(decodeURIComponent(m[1]))],
  [/^\/articles\/([^/]+)$/, (m) => renderArticle(decodeURIComponent(m[1]))],
];

let generation = 0;

async function render() {
  const main = document.getElementById('main');
  const url = new URL(window.location.href);
  const mine = ++generation;
  const route = ROUTES.find(([re]) => re.test(url.pathname));
  let view;
  try {
    view = route
      ? await route[1](url.pathname.match(route[0]), url)
      : message('error', `No page at ${url.pathname}`);
  } catch (err) {
    view = message('error', err instanceof Error ? err.message : String(err));
  }
  if (mine !== generation) return; // a later navigation won
  clear(main).append(view);
  document.body.dataset.page = route ? url.pathname.split('/')[1] || 'search' : 'none';
  if (url.hash) document.getElementById(url.hash.slice(1))?.scrollIntoView({ block: 'center' });
  document.body.dataset.ready = String(mine);
}

document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!a || a.hasAttribute('data-external') || event.defaultPrevented) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(a.getAttribute('href') ?? a.href.baseVal ?? '', window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', render);
window.addEventListener('onrecord:navigate', render);
render();
