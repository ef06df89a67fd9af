// The PostgreSQL search's capped count and its two ways of reading a page (date index, or word index then
// sort) must give the same quotes in the same order; a one-word total read from quote_words must equal the
// counted one after every kind of write. Runs against the test PostgreSQL; skipped without one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { makeStoredArticle } from '../../test/store-conformance-fixtures.js';
import { findTestPostgres, withSchema } from '../../test/store-conformance-postgres.js';
import { PostgresStore } from './postgres-store.js';

const found = await findTestPostgres();
const schema = `onrecord_pgsearch_test_${process.pid}_${Date.now().toString(36)}`;

// Six invented quotes of Ilse Varga on six days, each with the word "tramway".
const ARTICLES = Array.from({ length: 6 }, (_, i) =>
  makeStoredArticle({
    id: `tram-${i}`,
    date: `2032-05-0${i + 1}`,
    source: 'Northbank Post',
    text: `"The tramway opens in week ${i}," said Ilse Varga.`,
    quotes: [{ content: `The tramway opens in week ${i}`, speaker: 'Ilse Varga' }],
  }),
);

describe('postgres search', { skip: 'skip' in found ? found.skip : false }, () => {
  const url = 'url' in found ? withSchema(found.url, schema) : '';
  const stores: PostgresStore[] = [];
  const open = async (countCap: number) => {
    const store = new PostgresStore(url, undefined, 2, countCap);
    await store.init();
    stores.push(store);
    return store;
  };

  before(async () => {
    const store = await open(10);
    await store.putArticles(ARTICLES);
  });

  after(async () => {
    for (const store of stores) await store.close();
    if (!('url' in found)) return;
    const client = new pg.Client({ connectionString: found.url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  const cases: Array<[cap: number, q: string, total: number, lowerBound: boolean]> = [
    [10, 'tramway', 6, false],
    [6, 'tramway', 6, false],
    [5, 'tramway', 5, true],
    [2, 'Varga', 2, true],
    [2, 'nowhere', 0, false],
  ];
  for (const [cap, q, total, lowerBound] of cases) {
    test(`count capped at ${cap}: '${q}' → ${total}${lowerBound ? '+' : ''}`, async () => {
      const page = await (await open(cap)).queryQuotes({ q, limit: 4 });
      assert.equal(page.total, total);
      assert.equal(page.totalIsLowerBound ?? false, lowerBound);
      assert.equal(page.quotes.length, Math.min(4, total === 0 ? 0 : 6));
    });
  }

  test('pages of a word search come newest first and continue through the cursor', async () => {
    const store = await open(10);
    const first = await store.queryQuotes({ q: 'tramway', limit: 4 });
    assert.ok(first.next);
    const second = await store.queryQuotes({ q: 'tramway', limit: 4, cursor: first.next });
    const articles = [...first.quotes, ...second.quotes].map((quote) => quote.id.split(':')[0]);
    assert.deepEqual(articles, ['tram-5', 'tram-4', 'tram-3', 'tram-2', 'tram-1', 'tram-0']);
    assert.equal(second.next, null);
  });
});

// Invented quotes of Tomas Rell about a ferry, rewritten step by step; `version` re-analyses an article.
const ferry = (id: string, day: number, words: string, version = 1) =>
  makeStoredArticle(
    {
      id,
      date: `2033-01-${String(day).padStart(2, '0')}`,
      source: 'Eastgate Ledger',
      text: `"${words}," said Tomas Rell.`,
      quotes: [{ content: words, speaker: 'Tomas Rell' }],
    },
    version,
  );

const WRITES: Array<[step: string, batch: ReturnType<typeof ferry>[]]> = [
  [
    'three new articles',
    [
      ferry('f-1', 1, 'The ferry sails'),
      ferry('f-2', 2, 'The ferry waits'),
      ferry('f-3', 3, 'No ferry today'),
    ],
  ],
  ['a text rewritten drops its old words', [ferry('f-1', 1, 'The harbour closes early')]],
  [
    'the same article twice in one batch: the later wins',
    [ferry('f-4', 4, 'Ferry tickets rise'), ferry('f-4', 4, 'Harbour tickets fall')],
  ],
  ['an unchanged article changes nothing', [ferry('f-2', 2, 'The ferry waits')]],
  ['re-analysed under a new version', [ferry('f-3', 3, 'No ferry today', 2)]],
];

describe('postgres one-word totals (quote_words)', { skip: 'skip' in found ? found.skip : false }, () => {
  const wordSchema = `${schema}_w`;
  const url = 'url' in found ? withSchema(found.url, wordSchema) : '';
  let store: PostgresStore;

  before(async () => {
    // A store as it was before migration 004 (quotes, no quote_words): the migration counts what is stored.
    store = new PostgresStore(url, undefined, 2);
    await store.init();
    await store.putArticles([ferry('f-0', 9, 'Old ferry timetables')]);
    await store.pool.query(
      `DROP TABLE quote_words; DELETE FROM schema_migrations WHERE id = '004-quote-words'`,
    );
    await store.init();
  });

  after(async () => {
    await store.dropSchema();
    await store.close();
  });

  // Each lexeme's row equals a count of the quotes holding it; zero rows may stay.
  const assertWordCounts = async () => {
    const { rows } = await store.pool.query<{ word: string; kept: number; counted: number }>(
      `SELECT coalesce(w.word, c.word) AS word, coalesce(w.quotes, 0) AS kept, coalesce(c.n, 0) AS counted
       FROM quote_words w FULL JOIN (SELECT l.lexeme AS word, count(*)::int AS n FROM quotes q, unnest(q.tsv) l
         GROUP BY l.lexeme) c ON c.word = w.word
       WHERE coalesce(w.quotes, 0) <> coalesce(c.n, 0)`,
    );
    assert.deepEqual(rows, []);
  };

  test('migration 004 counts the quotes already stored', assertWordCounts);

  test('migration 004 sets the search settings (no parallel workers, short pending list)', async () => {
    const { rows } = await store.pool.query<{ options: string[] }>(
      `SELECT coalesce(reloptions, '{}') AS options FROM pg_class WHERE oid IN ('quotes'::regclass, 'quotes_tsv'::regclass)
       ORDER BY relname`,
    );
    assert.deepEqual(
      rows.map((r) => r.options),
      [['parallel_workers=0'], ['gin_pending_list_limit=256']],
    );
  });

  for (const [step, batch] of WRITES) {
    test(`after ${step}, every word's total is the counted one`, async () => {
      await store.putArticles(batch);
      await assertWordCounts();
      for (const q of ['ferry', 'harbour', 'tickets', 'Rell', 'today', 'closes']) {
        const kept = await store.queryQuotes({ q });
        // a date filter always counts the matches
        const counted = await store.queryQuotes({ q, from: '2000-01-01' });
        assert.equal(kept.total, counted.total, q);
        assert.deepEqual(kept.quotes, counted.quotes, q);
      }
    });
  }

  const totals: Array<[q: string, total: number]> = [
    ['ferry', 3], // f-0, f-2, f-3
    ['Ferry', 3],
    ['harbour', 2],
    ['"ferry waits"', 1], // a phrase is counted, not read from quote_words
    ['ferry today', 1],
    ['the', 0], // stop word only: no lexeme
    ['gondola', 0],
  ];
  for (const [q, total] of totals) {
    test(`'${q}' → ${total}`, async () => {
      assert.equal((await store.queryQuotes({ q })).total, total);
    });
  }

  test('a one-word total over the cap is a lower bound', async () => {
    const capped = new PostgresStore(url, undefined, 1, 2);
    try {
      const page = await capped.queryQuotes({ q: 'ferry', limit: 1 });
      assert.equal(page.total, 2);
      assert.equal(page.totalIsLowerBound, true);
    } finally {
      await capped.close();
    }
  });
});
