// `onrecord ingest`'s engine: batches analyzed ahead on threads but stored in input order, per-item errors,
// unchanged articles skipped — and the same store whatever the number of workers.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestArticles } from '../src/cli/commands/ingest.js';
import { createProgress } from '../src/cli/progress.js';
import type { ReadItem } from '../src/cli/read-inputs.js';
import { createAnalysisPool } from '../src/pool/analysis-pool.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function items(n: number): ReadItem[] {
  const out: ReadItem[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 3) out.push({ error: { where: 'feed.jsonl:4', message: 'invalid JSON' } });
    out.push({
      where: `feed.jsonl:${i + 1}`,
      article: {
        id: `n${i % 9}`, // ids repeat: a later copy of an id replaces the earlier one
        date: `2031-05-${String((i % 28) + 1).padStart(2, '0')}`,
        source: i % 2 ? 'Valley Courier' : 'Hill Gazette',
        text: `"The ferry will run again in June," said Piet Aalders on Monday. Version ${i}.\n\nSanne Ruud said the timetable was ${i % 3 ? 'late' : 'ready'}.`,
      },
    });
  }
  return out;
}

async function* stream(list: ReadItem[]): AsyncGenerator<ReadItem> {
  for (const item of list) yield item;
}

async function ingestInto(file: string, workers: number, list: ReadItem[]) {
  const store = new SqliteStore(join(dir, file));
  await store.init();
  let log = '';
  const progress = createProgress({
    label: 'test',
    quiet: true,
    stream: { write: (t: string) => (log += t) },
  });
  const pool = createAnalysisPool({ workers });
  try {
    const result = await ingestArticles(stream(list), { store, pool, batchSize: 4, progress });
    const page = await store.queryQuotes({ limit: 1000 });
    const speakers = await store.listSpeakers();
    const articles = await Promise.all([...Array(9).keys()].map((i) => store.getArticle(`n${i}`)));
    return {
      result,
      page,
      speakers,
      articles,
      errors: progress.errors,
      articleCount: progress.articles,
      log,
    };
  } finally {
    await pool.close();
    await store.close();
  }
}

test('ingest: the same store with 0 and 2 workers; errors named', async () => {
  const list = items(30);
  const one = await ingestInto('one.db', 0, list);
  const two = await ingestInto('two.db', 2, list);
  assert.deepEqual(two.page, one.page);
  assert.deepEqual(two.speakers, one.speakers);
  assert.deepEqual(two.articles, one.articles);
  assert.equal(one.errors, 1);
  assert.match(one.log, /feed\.jsonl:4: invalid JSON/);
  assert.equal(one.articleCount, 30);
  // Each id's last copy is what is stored.
  assert.match(one.articles[0]?.article.text ?? '', /Version 27\./);
  assert.equal(one.result.stored + one.result.unchanged, 30);
});

test('ingest: re-ingesting the same articles changes nothing', async () => {
  const list = items(9);
  const first = await ingestInto('again.db', 2, list);
  assert.deepEqual(first.result, { stored: 9, unchanged: 0 });
  const again = await ingestInto('again.db', 2, list);
  assert.deepEqual(again.result, { stored: 0, unchanged: 9 });
  assert.deepEqual(again.page, first.page);
});

test('ingest: an article the store refuses is reported and the rest of its batch is stored', async () => {
  const store = new SqliteStore(join(dir, 'refuse.db'));
  await store.init();
  let log = '';
  const progress = createProgress({
    label: 'test',
    quiet: true,
    stream: { write: (t: string) => (log += t) },
  });
  const pool = createAnalysisPool({ workers: 0 });
  const list = items(4).filter((i): i is Extract<ReadItem, { article: unknown }> => 'article' in i);
  const bad = { where: 'x.jsonl:9', article: { id: '', date: null, text: 'An article without an id.' } };
  const result = await ingestArticles(stream([list[0]!, bad, list[1]!]), {
    store,
    pool,
    batchSize: 10,
    progress,
  });
  assert.deepEqual(result, { stored: 2, unchanged: 0 });
  assert.equal(progress.errors, 1);
  assert.match(log, /x\.jsonl:9: article '': not stored: .*without an id/);
  await pool.close();
  await store.close();
});
