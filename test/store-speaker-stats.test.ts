// speaker_stats after batches that add, replace and repeat articles: the counts added per batch equal a recount
// over every stored quote.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { Article } from '../src/types.js';

const article = (id: string, date: string, text: string): Article => ({
  id,
  date,
  source: 'Valley Courier',
  text,
});

const A1 = article('a1', '2031-04-11', '"The bridge opens on Friday," said Ina Vos, the transport minister.');
const A2 = article(
  'a2',
  '2031-04-12',
  'Tomas Brandt said last week that the budget was tight.\n\n"We will cut nothing," he added.\n\n"The pier stays," said Ina Vos.',
);
const A1b = article('a1', '2031-04-13', '"We will cut nothing at all," said Tomas Brandt, the treasurer.');
const A3 = article('a3', '', '"Storms can come from anywhere," said Mara Quill, the harbour master.');
const A4 = article('a4', '2031-03-01', '"The ferry will run," said Ina Vos. "It will," said Mara Quill.');

function recounted(store: SqliteStore) {
  const want = store.db
    .prepare(
      `SELECT speaker_id, count(*) AS quote_count, count(DISTINCT article_id) AS article_count,
         min(nullif(sort_date, '')) AS first, max(nullif(sort_date, '')) AS last
       FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY speaker_id`,
    )
    .all();
  const got = store.db
    .prepare(
      'SELECT speaker_id, quote_count, article_count, first, last FROM speaker_stats ORDER BY speaker_id',
    )
    .all();
  return { want, got };
}

test('speaker counts added per batch equal a recount of the stored quotes', async () => {
  const store = new SqliteStore(':memory:');
  await store.init();
  const put = (list: Article[]) => store.putArticles(list.map((a) => ({ article: a, analysis: analyze(a) })));
  const batches: Article[][] = [[A1, A2], [A3, A1b], [A2], [A4, A4], [A1, A3]];
  for (const [i, batch] of batches.entries()) {
    await put(batch);
    const { want, got } = recounted(store);
    assert.ok(want.length > 0);
    assert.deepEqual(got, want, `batch ${i}`);
  }
  await store.close();
});
