// The PostgreSQL search's capped count and its two ways of reading a page (date index, or word index then
// sort) must give the same quotes in the same order. Runs against the test PostgreSQL; skipped without one.
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
