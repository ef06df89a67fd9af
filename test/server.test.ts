// biome-ignore-all lint/suspicious/noExplicitAny: the bodies read here are JSON answers checked field by field
// The HTTP API in process (hono's app.request), against a real SQLite store filled with invented articles.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../src/server/create-app.js';
import { openApiDocument } from '../src/server/openapi.js';
import { endOfPeriod } from '../src/server/query-schemas.js';
import { wireCorpus } from '../src/server/wire-corpus.js';
import type { Analysis, Article } from '../src/types.js';
import {
  coastProvenanceFixture,
  FERRY_CLUSTER,
  ferryClusterFixture,
  makeStoredArticle,
  SCRIPT_QUOTE,
} from './server-fixtures.js';
import { type FilledStore, openFilledStore } from './server-store.js';

const TOKEN = 'test-token-9f2c';
let filled: FilledStore;
let app: Hono;

before(async () => {
  filled = await openFilledStore();
  app = createApp({ store: filled.store, token: TOKEN });
});
after(async () => {
  await filled.cleanup();
});

async function getJson(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path, init);
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body, res };
}

describe('GET /healthz', () => {
  test('answers ok with the store kind and article count', async () => {
    const { status, body } = await getJson('/healthz');
    assert.equal(status, 200);
    assert.deepEqual(body, { ok: true, store: 'sqlite', articles: 4 });
  });
});

describe('GET /api/quotes', () => {
  const cases: Array<[string, number, (body: any) => void]> = [
    ['/api/quotes', 8, (b) => assert.equal(b.next, null)],
    [
      '/api/quotes?speaker=Mara%20Quill',
      5,
      (b) => assert.ok(b.quotes.every((q: any) => q.speaker === 'Mara Quill')),
    ],
    ['/api/quotes?speaker=Quill', 5, () => {}],
    [
      '/api/quotes?outlet=Daily%20Harbour',
      5,
      (b) => assert.ok(b.quotes.every((q: any) => q.outlet === 'Daily Harbour')),
    ],
    ['/api/quotes?type=direct', 4, (b) => assert.ok(b.quotes.every((q: any) => q.type === 'direct'))],
    ['/api/quotes?q=ferry', 2, (b) => assert.ok(b.quotes.every((q: any) => q.content.includes('ferry')))],
    [
      '/api/quotes?from=2024-04&to=2024-04',
      2,
      (b) => assert.deepEqual(new Set(b.quotes.map((q: any) => q.article)), new Set(['wire-3'])),
    ],
    ['/api/quotes?to=2024-03', 4, () => {}],
    ['/api/quotes?from=2024-06-01', 2, () => {}],
    ['/api/quotes?article=coast-7', 1, () => {}],
    [
      `/api/quotes?clusterId=${FERRY_CLUSTER}`,
      2,
      (b) => assert.ok(b.quotes.every((q: any) => q.clusterId === FERRY_CLUSTER)),
    ],
    ['/api/quotes?speaker=Nobody%20Known', 0, (b) => assert.deepEqual(b.quotes, [])],
    ['/api/quotes?speakerId=speaker%3Aivo-sandor', 1, (b) => assert.equal(b.quotes[0].content, SCRIPT_QUOTE)],
  ];
  for (const [path, total, check] of cases) {
    test(`${path} → ${total} quotes`, async () => {
      const { status, body } = await getJson(path);
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.total, total);
      assert.equal(body.quotes.length, Math.min(total, 50));
      check(body);
    });
  }

  test('quote records carry cluster id, article title, url and outlet', async () => {
    const { body } = await getJson(`/api/quotes?clusterId=${FERRY_CLUSTER}`);
    const harbour = body.quotes.find((q: any) => q.article === 'harbour-1');
    assert.equal(harbour.clusterId, FERRY_CLUSTER);
    assert.equal(harbour.articleTitle, 'Eastvale bridge to open in spring, mayor says');
    assert.equal(harbour.url, 'https://harbour.example/bridge');
    assert.equal(harbour.outlet, 'Daily Harbour');
    assert.equal(harbour.when, '2024-03-04');
  });

  test('pages with next cover every quote exactly once, in a stable order', async () => {
    const all = (await getJson('/api/quotes?limit=200')).body.quotes.map((q: any) => q.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { body }: { body: any } = await getJson(
        `/api/quotes?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      assert.equal(body.total, 8);
      paged.push(...body.quotes.map((q: any) => q.id));
      cursor = body.next;
      if (!cursor) break;
    }
    assert.deepEqual(paged, all);
    assert.equal(new Set(paged).size, 8);
  });

  // Search syntax and SQL-looking text are plain words to the API: never a 500.
  const oddWords = [
    '"unbalanced',
    'NEAR(a b)',
    'a OR',
    "'; DROP TABLE quotes; --",
    '( )',
    '%',
    '_',
    "O'Brien",
  ];
  for (const words of oddWords) {
    test(`q=${words} and speaker=${words} answer 200`, async () => {
      for (const key of ['q', 'speaker', 'outlet']) {
        const { status, body } = await getJson(`/api/quotes?${key}=${encodeURIComponent(words)}`);
        assert.equal(status, 200, JSON.stringify(body));
      }
      assert.equal((await getJson(`/api/speakers?q=${encodeURIComponent(words)}`)).status, 200);
      assert.equal((await getJson('/healthz')).body.articles >= 4, true);
    });
  }

  const invalid: Array<[string, string]> = [
    ['/api/quotes?limit=0', 'limit'],
    ['/api/quotes?limit=201', 'limit'],
    ['/api/quotes?limit=ten', 'limit'],
    ['/api/quotes?limit=2.5', 'limit'],
    ['/api/quotes?type=rumour', 'type'],
    ['/api/quotes?from=March', 'from'],
    ['/api/quotes?to=2024-13', 'to'],
    ['/api/quotes?from=2024-05&to=2024-04', 'from'],
    ['/api/quotes?speeker=Quill', 'speeker'],
    ['/api/quotes?cursor=not-a-cursor', 'cursor'],
    [`/api/quotes?q=${'x'.repeat(501)}`, 'q'],
  ];
  for (const [path, field] of invalid) {
    test(`${path.slice(0, 60)} → 400 naming "${field}"`, async () => {
      const { status, body, res } = await getJson(path);
      assert.equal(status, 400);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      assert.equal(body.error.code, 'invalid-query');
      assert.ok(body.error.message.includes(`"${field}"`), body.error.message);
    });
  }
});

describe('GET /api/speakers and /api/speakers/:id', () => {
  test('lists speakers with counts, most quoted first', async () => {
    const { status, body } = await getJson('/api/speakers');
    assert.equal(status, 200);
    assert.equal(body.speakers[0].name, 'Mara Quill');
    assert.equal(body.speakers[0].quoteCount, 5);
    assert.equal(body.speakers[0].articleCount, 4);
  });

  test('filters by q', async () => {
    const { body } = await getJson('/api/speakers?q=sandor');
    assert.deepEqual(
      body.speakers.map((s: any) => s.name),
      ['Ivo Sandor'],
    );
  });

  test('one speaker: aliases, counts and quotes over time', async () => {
    const id = (await getJson('/api/speakers?q=Quill')).body.speakers[0].id;
    const { status, body } = await getJson(`/api/speakers/${encodeURIComponent(id)}`);
    assert.equal(status, 200);
    assert.equal(body.speaker.name, 'Mara Quill');
    assert.ok(body.speaker.aliases.includes('Mara Quill'));
    assert.deepEqual(body.speaker.timeline, [
      { period: '2024-03', count: 3 },
      { period: '2024-04', count: 1 },
      { period: '2024-06', count: 1 },
    ]);
  });

  const errors: Array<[string, number, string]> = [
    ['/api/speakers/speaker%3Anobody', 404, 'not-found'],
    ['/api/speakers?limit=999', 400, 'invalid-query'],
    ['/api/speakers?who=x', 400, 'invalid-query'],
    [`/api/speakers/${'s'.repeat(301)}`, 400, 'invalid-path'],
    [`/api/articles/${'a'.repeat(301)}`, 400, 'invalid-path'],
    [`/api/clusters/${'c'.repeat(301)}`, 400, 'invalid-path'],
  ];
  for (const [path, status, code] of errors) {
    test(`${path} → ${status}`, async () => {
      const res = await getJson(path);
      assert.equal(res.status, status);
      assert.equal(res.body.error.code, code);
    });
  }
});

describe('GET /api/clusters/:id', () => {
  test('reports in publication order across outlets, first report marked', async () => {
    const { status, body } = await getJson(`/api/clusters/${FERRY_CLUSTER}`);
    assert.equal(status, 200);
    const c = body.cluster;
    assert.equal(c.speaker, 'Mara Quill');
    assert.deepEqual(
      c.reports.map((r: any) => [r.article, r.outlet, r.first]),
      [
        ['harbour-1', 'Daily Harbour', true],
        ['coast-7', 'Coastline Post', false],
      ],
    );
    assert.equal(c.first.article, 'harbour-1');
    assert.deepEqual(
      c.outlets.map((o: any) => o.outlet),
      ['Daily Harbour', 'Coastline Post'],
    );
  });

  test('an unknown cluster is a 404 with a JSON error', async () => {
    const { status, body } = await getJson('/api/clusters/no-such-cluster');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: { code: 'not-found', message: 'No cluster "no-such-cluster"' } });
  });

  test("the corpus layer's cluster is used when wired, labelled with article titles", async () => {
    const withCorpus = createApp({
      store: filled.store,
      corpus: { getCluster: async (id) => (id === FERRY_CLUSTER ? ferryClusterFixture() : null) },
    });
    const body: any = await (await withCorpus.request(`/api/clusters/${FERRY_CLUSTER}`)).json();
    const c = body.cluster;
    assert.equal(c.first.article, 'harbour-1');
    assert.equal(c.first.title, 'Eastvale bridge to open in spring, mayor says');
    assert.deepEqual(c.alsoAttributedTo, [{ clusterId: 'cluster-other', speaker: 'Tomas Brenn' }]);
    assert.deepEqual(c.rules, ['cluster/same-text']);
    assert.equal((await withCorpus.request('/api/clusters/elsewhere')).status, 404);
  });
});

describe('GET /api/articles/:id', () => {
  test('text, quotes with offsets into it, speaker and cluster ids, spin', async () => {
    const { status, body } = await getJson('/api/articles/coast-7');
    assert.equal(status, 200);
    assert.equal(body.article.source, 'Coastline Post');
    assert.equal(body.provenance, null);
    const [q] = body.quotes;
    assert.equal(body.text.slice(q.start, q.end), '“The bridge will open before the first ferry of May,”');
    assert.equal(body.text.slice(q.cue.start, q.cue.end), 'said');
    assert.equal(q.speakerId, 'speaker:mara-quill');
    assert.equal(q.clusterId, FERRY_CLUSTER);
    assert.deepEqual(
      body.spin.map((s: any) => [body.text.slice(s.start, s.end), s.usual]),
      [['Republic of Eastvale', 'Eastvale']],
    );
  });

  test('article text is returned as data, untouched (the web app escapes it)', async () => {
    const { body, res } = await getJson('/api/articles/wire-3');
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.ok(body.text.includes(SCRIPT_QUOTE));
    assert.equal(body.quotes[0].content, SCRIPT_QUOTE);
  });

  test('provenance comes from the corpus layer when wired', async () => {
    const withCorpus = createApp({
      store: filled.store,
      corpus: { getProvenance: async (id) => (id === 'coast-7' ? coastProvenanceFixture() : null) },
    });
    const body: any = await (await withCorpus.request('/api/articles/coast-7')).json();
    assert.deepEqual(body.provenance, coastProvenanceFixture());
    const other: any = await (await withCorpus.request('/api/articles/wire-3')).json();
    assert.equal(other.provenance, null);
  });

  test('an unknown article is a 404', async () => {
    const { status, body } = await getJson('/api/articles/nope');
    assert.equal(status, 404);
    assert.equal(body.error.message, 'No article "nope"');
  });
});

describe('POST /api/articles', () => {
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const article = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    date: '2024-07-01',
    text: `“Posted words for ${id},” said Nell Farrow.`,
    source: 'Test Gazette',
    ...extra,
  });

  // An analyzer with a known answer, so these tests do not follow the quote engine's progress.
  const fakeAnalyze = (a: Article): Analysis => {
    if (a.text.includes('EXPLODE')) throw new Error('analyzer failed on purpose');
    const end = a.text.indexOf('”') + 1;
    const { text: _text, ...meta } = a;
    return {
      version: 1,
      article: meta,
      text: a.text,
      paragraphs: [],
      sentences: [],
      mentions: [],
      entities: [
        {
          id: 'e1',
          name: 'Nell Farrow',
          kind: 'person',
          canonical: null,
          mentions: [],
          aliases: [],
          rule: 'test',
        },
      ],
      quotes: [
        {
          id: 'q1',
          start: 0,
          end,
          type: 'direct',
          content: a.text.slice(1, end - 2),
          cue: null,
          mention: null,
          speaker: 'Nell Farrow',
          speakerEntity: 'e1',
          when: null,
          whenTimex: null,
          partial: false,
          rule: 'test',
          speakerRule: 'test',
          whenRule: null,
          confidence: 1,
        },
      ],
      timexes: [],
      spin: [],
      diagnostics: [],
    };
  };
  let writer: Hono;
  before(() => {
    writer = createApp({ store: filled.store, token: TOKEN, analyze: fakeAnalyze, bodyLimit: 64 * 1024 });
  });
  const post = (body: string, headers: Record<string, string> = {}, target: Hono = writer) =>
    target.request('/api/articles', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  const refused: Array<[string, Record<string, string>, number, string]> = [
    ['no Authorization header', {}, 401, 'unauthorized'],
    ['a wrong token', { Authorization: 'Bearer wrong' }, 401, 'unauthorized'],
    ['a Basic header', { Authorization: `Basic ${TOKEN}` }, 401, 'unauthorized'],
  ];
  for (const [name, headers, status, code] of refused) {
    test(`refused with ${name}`, async () => {
      const res = await post(JSON.stringify(article('refused-1')), headers);
      assert.equal(res.status, status);
      assert.equal(((await res.json()) as any).error.code, code);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="onrecord"');
      assert.equal(await filled.store.hasArticle('refused-1'), false);
    });
  }

  test('disabled (403) when the server has no token, even with a header', async () => {
    const open = createApp({ store: filled.store, analyze: fakeAnalyze });
    const res = await post(JSON.stringify(article('refused-2')), { Authorization: 'Bearer anything' }, open);
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as any).error.code, 'write-disabled');
  });

  test('stores one JSON article and answers what was stored', async () => {
    const res = await post(JSON.stringify(article('post-1')), auth);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      stored: 1,
      unchanged: 0,
      failed: 0,
      results: [{ index: 0, id: 'post-1', ok: true, quotes: 1 }],
    });
    const quotes = (await getJson('/api/quotes?article=post-1')).body;
    assert.equal(quotes.quotes[0].speaker, 'Nell Farrow');
    assert.equal(quotes.quotes[0].outlet, 'Test Gazette');
  });

  test('re-posting the same article changes nothing', async () => {
    const res = await post(JSON.stringify(article('post-1')), auth);
    const body: any = await res.json();
    assert.equal(body.stored, 0);
    assert.equal(body.unchanged, 1);
  });

  test('a JSONL batch: good lines stored, each bad line answered with its own error', async () => {
    const lines = [
      JSON.stringify(article('post-2')),
      '{not json',
      JSON.stringify({ id: 'post-3', date: '04/07/2024', text: 'x' }),
      JSON.stringify({ id: 'post-4', date: '2024-07-02' }),
      JSON.stringify(article('post-5', { text: 'EXPLODE “x,” she said.' })),
      JSON.stringify(article('post-2')),
      JSON.stringify(
        article('post-6', { outlet: 'Other Gazette', source: undefined, date: '2024-07-03T09:30:00Z' }),
      ),
    ].join('\n');
    const res = await post(lines, { ...auth, 'Content-Type': 'application/x-ndjson' });
    assert.equal(res.status, 200);
    const body: any = await res.json();
    assert.equal(body.stored, 2);
    assert.equal(body.failed, 5);
    const outcome = body.results.map((r: any) => [r.index, r.id, r.ok, r.error?.message ?? '']);
    assert.deepEqual(outcome, [
      [0, 'post-2', true, ''],
      [1, null, false, outcome[1]?.[3]],
      [2, 'post-3', false, 'Invalid article field "date": must be YYYY-MM-DD or an ISO 8601 timestamp'],
      [3, 'post-4', false, outcome[3]?.[3]],
      [4, 'post-5', false, 'Cannot analyze article "post-5": analyzer failed on purpose'],
      [5, 'post-2', false, 'Duplicate id "post-2" in this request'],
      [6, 'post-6', true, ''],
    ]);
    assert.match(String(outcome[1]?.[3]), /^Cannot parse line 2 as JSON/);
    assert.match(String(outcome[3]?.[3]), /^Invalid article field "text"/);
    const six = (await filled.store.getArticle('post-6'))?.article;
    assert.equal(six?.source, 'Other Gazette');
    assert.equal(six?.date, '2024-07-03');
    assert.equal(six?.published, '2024-07-03T09:30:00Z');
  });

  test('a JSON array batch where nothing can be stored → 422 with per-item errors', async () => {
    const res = await post(JSON.stringify([{ id: 'x' }, { text: 'no id' }]), auth);
    assert.equal(res.status, 422);
    const body: any = await res.json();
    assert.equal(body.error.code, 'nothing-stored');
    assert.equal(body.results.length, 2);
    assert.ok(body.results.every((r: any) => !r.ok && r.error.message));
  });

  const badBodies: Array<[string, string, Record<string, string>, number, string]> = [
    ['unparsable JSON', '{"id": ', {}, 400, 'invalid-body'],
    ['an empty JSONL body', '\n\n', { 'Content-Type': 'application/x-ndjson' }, 400, 'invalid-body'],
    [
      'a form body',
      'id=1',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      415,
      'unsupported-media-type',
    ],
    [
      'a body over the limit',
      JSON.stringify(article('big', { text: 'y'.repeat(70 * 1024) })),
      {},
      413,
      'payload-too-large',
    ],
  ];
  for (const [name, body, headers, status, code] of badBodies) {
    test(`${name} → ${status}`, async () => {
      const res = await post(body, { ...auth, ...headers });
      assert.equal(res.status, status);
      assert.equal(((await res.json()) as any).error.code, code);
    });
  }

  test('more than 1000 articles in one request → 413', async () => {
    const lines = Array.from({ length: 1001 }, (_, i) =>
      JSON.stringify({ id: `many-${i}`, date: null, text: 'x' }),
    );
    const res = await post(lines.join('\n'), {
      ...auth,
      'Content-Type': 'application/x-ndjson; charset=utf-8',
    });
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as any).error.message, /1001 \(at most 1000\)/);
    assert.equal(await filled.store.hasArticle('many-0'), false);
  });

  test('the default body limit is 5 MB', async () => {
    const big = JSON.stringify(article('huge', { text: 'z'.repeat(5 * 1024 * 1024) }));
    const res = await post(big, auth, createApp({ store: filled.store, token: TOKEN, analyze: fakeAnalyze }));
    assert.equal(res.status, 413);
    assert.equal(await filled.store.hasArticle('huge'), false);
  });

  test('the real analyzer runs by default', async () => {
    const real = createApp({ store: filled.store, token: TOKEN });
    const res = await post(JSON.stringify(article('post-real')), auth, real);
    assert.equal(res.status, 200);
    assert.equal(await filled.store.hasArticle('post-real'), true);
  });
});

describe('edges: headers, CORS, errors, OpenAPI, web app', () => {
  test('security headers with a strict same-origin CSP on API and pages', async () => {
    for (const path of ['/api/quotes', '/', '/articles/wire-3']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    }
  });

  test('CORS is off by default and on for the configured origin only', async () => {
    const init = { headers: { Origin: 'https://newsroom.example' } };
    assert.equal((await app.request('/api/quotes', init)).headers.get('access-control-allow-origin'), null);
    const withCors = createApp({ store: filled.store, cors: 'https://newsroom.example' });
    const res = await withCors.request('/api/quotes', init);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://newsroom.example');
  });

  test('unknown routes answer a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
  });

  test('a store failure is a 500 that hides internals', async () => {
    const failing = createApp({
      store: {
        ...filled.store,
        kind: 'sqlite',
        queryQuotes: async () => {
          throw new Error('SQLITE_CORRUPT secret path /var/x');
        },
      } as never,
    });
    const originalWrite = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const res = await failing.request('/api/quotes');
      assert.equal(res.status, 500);
      const text = await res.text();
      assert.doesNotMatch(text, /SQLITE|secret/);
    } finally {
      process.stderr.write = originalWrite;
    }
  });

  test('the OpenAPI description lists exactly the routes the app answers', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, openApiDocument.openapi);
    const documented = Object.entries(body.paths).flatMap(([path, ops]: [string, any]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = app.routes
      .filter((r) => r.path === '/healthz' || r.path.startsWith('/api/'))
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.deepEqual([...new Set(served)].sort(), documented.sort());
  });

  const pages: Array<[string, string]> = [
    ['/', 'text/html'],
    ['/search?q=bridge', 'text/html'],
    ['/speakers/speaker%3Amara-quill', 'text/html'],
    ['/clusters/cluster-ferry', 'text/html'],
    ['/articles/wire-3', 'text/html'],
    ['/app.js', 'text/javascript'],
    ['/style.css', 'text/css'],
    ['/lib/dom.js', 'text/javascript'],
  ];
  for (const [path, type] of pages) {
    test(`serves ${path} as ${type}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', new RegExp(`^${type}`));
    });
  }

  test('pages are a static shell: article data never reaches HTML', async () => {
    const html = await (await app.request('/articles/wire-3')).text();
    assert.doesNotMatch(html, /__pwned|Sandor/);
    assert.doesNotMatch(html, /<script>(?!<\/script>)/); // only external scripts
    assert.match(html, /<script type="module" src="\/app.js"><\/script>/);
  });

  test('the web app never writes data as markup', async () => {
    const files = [
      '/app.js',
      '/lib/dom.js',
      '/pages/search.js',
      '/pages/speaker.js',
      '/pages/cluster.js',
      '/pages/article.js',
    ];
    for (const f of files) {
      const js = await (await app.request(f)).text();
      assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, f);
    }
  });

  test('path traversal finds nothing', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/lib/../../package.json']) {
      const res = await app.request(path);
      assert.notEqual(res.status, 200, path);
    }
  });
});

describe('endOfPeriod', () => {
  const cases: Array<[string, string]> = [
    ['2024', '2024-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-04', '2024-04-30'],
    ['2024-04-09', '2024-04-09'],
  ];
  for (const [input, expected] of cases) {
    test(`${input} → ${expected}`, () => assert.equal(endOfPeriod(input), expected));
  }
});

describe('with the corpus layer wired (wireCorpus over src/store/corpus-backend.ts), as onrecord serve does', () => {
  let wired: FilledStore;
  let corpusApp: Hono;
  let ferryId: string;

  // The ferry promise once more, in a third outlet a week later.
  const echo = {
    id: 'echo-2',
    date: '2024-03-11',
    source: 'Echo Weekly',
    title: 'Ferries and bridges',
    text: 'Last week the mayor was firm. “The bridge will open before the first ferry of May,” Mara Quill said.',
  };
  const analyzeEcho = (a: Article): Analysis =>
    makeStoredArticle({
      ...a,
      quotes: [
        {
          span: '“The bridge will open before the first ferry of May,”',
          type: 'direct',
          speaker: 'Mara Quill',
          mention: 'Mara Quill',
          cue: 'said',
        },
      ],
    }).analysis;

  before(async () => {
    wired = await openFilledStore();
    const corpus = await wireCorpus(wired.store);
    assert.deepEqual(corpus.errors, []);
    corpusApp = createApp({ store: wired.store, token: TOKEN, analyze: analyzeEcho, corpus: corpus.views });
    const quotes: any = await (await corpusApp.request('/api/quotes?article=harbour-1&type=direct')).json();
    ferryId = quotes.quotes[0].clusterId;
  });
  after(async () => {
    await wired.cleanup();
  });

  test('stored quotes carry the cluster ids the corpus layer gave them', () => {
    assert.match(ferryId, /\S/);
  });

  test('the cluster lists both reports, the earlier one first', async () => {
    const body: any = await (await corpusApp.request(`/api/clusters/${encodeURIComponent(ferryId)}`)).json();
    assert.deepEqual(
      body.cluster.reports.map((r: any) => [r.article, r.first]),
      [
        ['harbour-1', true],
        ['coast-7', false],
      ],
    );
    assert.equal(body.cluster.first.title, 'Eastvale bridge to open in spring, mayor says');
  });

  test('articles answer a provenance object', async () => {
    const body: any = await (await corpusApp.request('/api/articles/coast-7')).json();
    assert.equal(body.provenance.article, 'coast-7');
    assert.ok(Array.isArray(body.provenance.sources));
  });

  test('a posted article joins the cluster', async () => {
    const res = await corpusApp.request('/api/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(echo),
    });
    const answer: any = await res.json();
    assert.equal(res.status, 200, JSON.stringify(answer));
    assert.equal(answer.warnings, undefined);
    const body: any = await (await corpusApp.request(`/api/clusters/${encodeURIComponent(ferryId)}`)).json();
    assert.deepEqual(
      body.cluster.reports.map((r: any) => r.outlet),
      ['Daily Harbour', 'Coastline Post', 'Echo Weekly'],
    );
  });

  test('a failing corpus sync leaves the article stored and says so', async () => {
    const failing = createApp({
      store: wired.store,
      token: TOKEN,
      analyze: analyzeEcho,
      corpus: {
        sync: async () => {
          throw new Error('index locked');
        },
      },
    });
    const res = await failing.request('/api/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...echo, id: 'echo-3' }),
    });
    const answer: any = await res.json();
    assert.equal(res.status, 200);
    assert.deepEqual(answer.warnings, ['Stored, but the corpus index was not updated: index locked']);
    assert.equal(await wired.store.hasArticle('echo-3'), true);
  });
});
