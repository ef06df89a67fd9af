// Distributed mode, PostgreSQL only: two `onrecord worker` processes drain a queue; one is SIGKILLed while it
// holds a job. Every article must end up stored exactly once and every job done exactly once.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { JobQueue } from '../src/store/job-queue.js';
import { PostgresStore } from '../src/store/postgres-store.js';
import type { Article } from '../src/types.js';
import { findTestPostgres, withSchema } from './store-conformance-postgres.js';

const BIN = fileURLToPath(new URL('../../bin/onrecord.js', import.meta.url));
// The first job is large, so the worker that takes it is surely still on it when it is killed.
const FIRST_JOB = 150;
const ARTICLES = 250;
const BATCH = 20;
const JOBS = 1 + (ARTICLES - FIRST_JOB) / BATCH;

const PEOPLE = ['Marta Kowal', 'Tomas Brandt', 'Ina Vos', 'Piet Aalders', 'Sanne Ruud'];
const TOPICS = ['the harbour', 'rail fares', 'the ferry contract', 'school meals', 'the flood barrier'];

/** An invented article, long enough that analyzing a batch of them takes a noticeable time. */
function makeArticle(i: number): Article {
  const paragraphs: string[] = [];
  for (let p = 0; p < 25; p++) {
    const who = PEOPLE[(i + p) % PEOPLE.length]!;
    const topic = TOPICS[(i * 3 + p) % TOPICS.length]!;
    paragraphs.push(
      `"We will settle ${topic} before the summer, whatever the council decides," said ${who} on Tuesday. ` +
        `${who.split(' ')[1]} told the Lakeside Ledger that ${topic} had been delayed for ${p + 2} years.`,
    );
  }
  return {
    id: `queue-${String(i).padStart(4, '0')}`,
    date: '2031-04-11',
    source: 'Lakeside Ledger',
    text: paragraphs.join('\n\n'),
  };
}

function startWorker(url: string): {
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--db',
      url,
      '--once',
      '--concurrency',
      '1',
      '--workers',
      '0',
      '--poll',
      '0.1',
      '--quiet',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, stderr: () => err };
}

const found = await findTestPostgres();

test('a worker killed mid-batch loses nothing and duplicates nothing', {
  skip: 'skip' in found ? found.skip : false,
}, async () => {
  if (!('url' in found)) return;
  const url = withSchema(found.url, `onrecord_queue_${process.pid}_${Date.now().toString(36)}`);
  const store = new PostgresStore(url);
  await store.init();
  try {
    const queue = new JobQueue(store);
    const articles = Array.from({ length: ARTICLES }, (_, i) => makeArticle(i));
    const jobOf = (list: Article[]) => ({
      articles: list.map((article) => ({ article, where: `test#${article.id}` })),
    });
    const batches = [jobOf(articles.slice(0, FIRST_JOB))];
    for (let i = FIRST_JOB; i < articles.length; i += BATCH)
      batches.push(jobOf(articles.slice(i, i + BATCH)));
    assert.equal((await queue.enqueue(batches)).length, JOBS);

    // The victim starts first and takes the first (large) job; the survivor starts while it works on it.
    const victim = startWorker(url);
    const victimName = `%:${victim.child.pid}`;
    // Wait until the victim holds a job it has not finished, then kill it.
    let held: number | null = null;
    for (let tries = 0; held === null && tries < 2000; tries++) {
      const { rows } = await store.pool.query<{ job_id: string }>(
        `SELECT a.job_id FROM job_attempts a JOIN jobs j ON j.id = a.job_id WHERE a.worker LIKE $1 AND j.done_at IS NULL LIMIT 1`,
        [victimName],
      );
      if (rows[0]) held = Number(rows[0].job_id);
      else await sleep(10);
    }
    assert.ok(held !== null, `the victim took a job (stderr: ${victim.stderr()})`);
    const survivor = startWorker(url);
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exited, null, 'the victim died of the signal');
    assert.equal(await survivor.exited, 0, `the survivor drained the queue (stderr: ${survivor.stderr()})`);

    const { rows: jobs } = await store.pool.query<{ done: number; stored: number; pending: number }>(
      `SELECT count(*) FILTER (WHERE done_at IS NOT NULL)::int AS done, coalesce(sum(stored), 0)::int AS stored,
         count(*) FILTER (WHERE done_at IS NULL)::int AS pending FROM jobs`,
    );
    assert.deepEqual(
      jobs[0],
      { done: JOBS, stored: ARTICLES, pending: 0 },
      'each job done once, each article stored once',
    );
    const { rows: attempts } = await store.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM job_attempts WHERE job_id = $1',
      [held],
    );
    assert.ok((attempts[0]?.n ?? 0) >= 2, 'the killed job was taken again');
    assert.equal(await store.countArticles(), ARTICLES);
    const { rows: dupes } = await store.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1) d',
    );
    assert.equal(dupes[0]?.n, 0);
    // The workers ran the corpus step after each job: every article indexed, direct quotes clustered.
    const { rows: corpus } = await store.pool.query<{ unindexed: number; clustered: number; direct: number }>(
      `SELECT (SELECT count(*)::int FROM articles a LEFT JOIN corpus_prints p ON p.article_id = a.id
                WHERE p.article_id IS NULL) AS unindexed,
              (SELECT count(*)::int FROM quotes WHERE cluster_id IS NOT NULL) AS clustered,
              (SELECT count(*)::int FROM quotes WHERE type = 'direct' AND speaker_id IS NOT NULL) AS direct`,
    );
    assert.equal(corpus[0]?.unindexed, 0, 'every stored article is in the corpus index');
    assert.ok((corpus[0]?.direct ?? 0) > 0);
    assert.equal(
      corpus[0]?.clustered,
      corpus[0]?.direct,
      'every direct quote with a speaker has a cluster id',
    );
    for (const article of [articles[0]!, articles[ARTICLES - 1]!]) {
      assert.equal((await store.getArticle(article.id))?.article.text, article.text);
    }
  } finally {
    await store.dropSchema();
    await store.close();
  }
});
