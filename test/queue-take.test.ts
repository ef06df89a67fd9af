// The job queue's states, PostgreSQL only: done in one commit with its articles, busy while another worker
// holds the only job, failed work left for another attempt, a job given up after too many attempts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeBatch } from '../src/pool/analyze-safely.js';
import { JobQueue, type JobWork } from '../src/store/job-queue.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import type { Article } from '../src/types.js';
import { findTestPostgres, withSchema } from './store-conformance-postgres.js';

const found = await findTestPostgres();

const article = (id: string, text: string): { article: Article; where: string } => ({
  article: { id, date: '2031-08-01', source: 'Hill Gazette', text },
  where: `t#${id}`,
});

const analyzeAll = async (
  articles: Array<{ article: Article; where: string }>,
  skip: Set<string>,
): Promise<JobWork> => {
  const todo = articles.filter((a) => !skip.has(a.article.id));
  const outcomes = analyzeBatch({ articles: todo.map((a) => a.article), options: {} });
  return {
    items: outcomes.flatMap((o, i) =>
      'analysis' in o ? [{ article: todo[i]!.article, analysis: o.analysis }] : [],
    ),
    errors: [],
  };
};

test('job queue: done, busy, failed, given up', { skip: 'skip' in found ? found.skip : false }, async () => {
  if (!('url' in found)) return;
  const store = new PostgresStore(
    withSchema(found.url, `onrecord_take_${process.pid}_${Date.now().toString(36)}`),
  );
  await store.init();
  try {
    const queue = new JobQueue(store, 'analyze', 3);
    assert.deepEqual(await queue.takeOne('w1', analyzeAll), { status: 'empty' });

    await queue.enqueue([{ articles: [article('t1', '"Yes," said Ina Vos.'), article('t2', 'No quote.')] }]);
    // Another worker holds the only job: busy, not empty.
    const holder = await store.pool.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM jobs FOR UPDATE');
    assert.deepEqual(await queue.takeOne('w2', analyzeAll), { status: 'busy', held: 1 });
    await holder.query('ROLLBACK');
    holder.release();

    const done = await queue.takeOne('w1', analyzeAll);
    assert.equal(done.status, 'done');
    assert.deepEqual(done.status === 'done' && done.put, { stored: 2, unchanged: 0 });
    assert.equal(await store.countArticles(), 2);
    assert.deepEqual(await queue.counts(), { pending: 0, done: 1, failed: 0 });

    // The same articles again: nothing to analyze, nothing stored twice.
    await queue.enqueue([{ articles: [article('t1', '"Yes," said Ina Vos.'), article('t2', 'No quote.')] }]);
    const again = await queue.takeOne('w1', async (articles, skip) => {
      assert.equal(skip.size, 2);
      return analyzeAll(articles, skip);
    });
    assert.deepEqual(again.status === 'done' && again.put, { stored: 0, unchanged: 2 });

    // Work that throws leaves the job pending (and nothing written) until it has been tried too often.
    await queue.enqueue([{ articles: [article('t3', 'Never stored.')] }]);
    const failing = async (): Promise<JobWork> => {
      throw new Error('analysis crashed');
    };
    const statuses: string[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await queue.takeOne('w1', failing)).status);
    assert.deepEqual(statuses, ['failed', 'failed', 'failed', 'given-up']);
    assert.equal(await store.hasArticle('t3'), false);
    assert.deepEqual(await queue.counts(), { pending: 0, done: 2, failed: 1 });
    assert.deepEqual(await queue.takeOne('w1', analyzeAll), { status: 'empty' });
  } finally {
    await store.dropSchema();
    await store.close();
  }
});
