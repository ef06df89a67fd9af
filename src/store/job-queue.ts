// The distributed work queue: a PostgreSQL table of article batches taken with FOR UPDATE SKIP LOCKED.
// A worker holds its job's row lock in the same transaction that writes the batch's articles and marks the job
// done, so the job is done exactly when its articles are stored. A killed worker's connection drops, PostgreSQL
// rolls the transaction back and releases the lock at once, and the next worker takes the job again; article
// writes are idempotent (keyed by article id + text hash), so nothing is lost and nothing doubles.
import { ANALYSIS_VERSION } from '../analyze.js';
import type { Article } from '../types.js';
import type { PostgresStore } from './postgres-store.js';
import type { PutResult, StoredArticle } from './store.js';

export const DEFAULT_QUEUE = 'analyze';
/** A job taken this many times without finishing (its workers died or it kept failing) is given up. */
export const MAX_ATTEMPTS = 5;

export interface JobPayload {
  articles: Array<{ article: Article; where: string }>;
}

export interface ItemError {
  where: string;
  message: string;
}

/** What a handler makes of a job's articles: what to store, and per-article errors. */
export interface JobWork {
  items: StoredArticle[];
  errors: ItemError[];
}

export type TakeResult =
  | { status: 'empty' }
  /** Jobs are pending but other workers hold them all. */
  | { status: 'busy'; held: number }
  /** `stored`: ids of the articles written (analyzed), for the corpus step that follows the commit. */
  | { status: 'done'; job: number; put: PutResult; errors: ItemError[]; stored: string[] }
  | { status: 'given-up'; job: number; attempts: number }
  | { status: 'failed'; job: number; error: string };

export interface QueueCounts {
  pending: number;
  done: number;
  failed: number;
}

export class JobQueue {
  constructor(
    readonly store: PostgresStore,
    readonly queue = DEFAULT_QUEUE,
    readonly maxAttempts = MAX_ATTEMPTS,
  ) {}

  /** Adds one job per batch; returns the job ids. */
  async enqueue(batches: JobPayload[]): Promise<number[]> {
    if (batches.length === 0) return [];
    const { rows } = await this.store.pool.query<{ id: string }>(
      `INSERT INTO jobs (queue, payload, items)
       SELECT $1, p, jsonb_array_length(p->'articles') FROM unnest($2::jsonb[]) AS p RETURNING id`,
      [this.queue, batches.map((b) => JSON.stringify(b, withoutNul))],
    );
    return rows.map((r) => Number(r.id));
  }

  /**
   * Takes the oldest job no one holds, hands its articles to `work` (analysis), stores the result and marks the
   * job done — all in one transaction. A store error rolls back and leaves the job for a later attempt.
   */
  async takeOne(
    worker: string,
    work: (articles: JobPayload['articles'], skip: Set<string>) => Promise<JobWork>,
  ): Promise<TakeResult> {
    const client = await this.store.pool.connect();
    let job: number | null = null;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string; payload: JobPayload }>(
        `SELECT id, payload FROM jobs WHERE queue = $1 AND done_at IS NULL ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1`,
        [this.queue],
      );
      const row = rows[0];
      if (!row) {
        const { rows: held } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM jobs WHERE queue = $1 AND done_at IS NULL',
          [this.queue],
        );
        await client.query('COMMIT');
        const n = held[0]?.n ?? 0;
        return n > 0 ? { status: 'busy', held: n } : { status: 'empty' };
      }
      job = Number(row.id);
      const attempts = await this.recordAttempt(job, worker);
      if (attempts > this.maxAttempts) {
        await client.query(`UPDATE jobs SET done_at = now(), failed = true, last_error = $2 WHERE id = $1`, [
          job,
          `given up after ${attempts - 1} attempts`,
        ]);
        await client.query('COMMIT');
        return { status: 'given-up', job, attempts: attempts - 1 };
      }
      const articles = row.payload.articles;
      const skip = await this.store.unchangedArticlesWith(
        client,
        articles.map((a) => a.article),
        ANALYSIS_VERSION,
      );
      const result = await work(articles, skip);
      const put = await this.store.writeArticles(client, result.items);
      put.unchanged += skip.size;
      await client.query(
        `UPDATE jobs SET done_at = now(), stored = $2, unchanged = $3, errors = $4::jsonb, failed = $5 WHERE id = $1`,
        [job, put.stored, put.unchanged, JSON.stringify(result.errors), result.errors.length > 0],
      );
      await client.query('COMMIT');
      return {
        status: 'done',
        job,
        put,
        errors: result.errors,
        stored: result.items.map((i) => i.article.id),
      };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      const message = err instanceof Error ? err.message : String(err);
      if (job === null) throw err;
      await this.store.pool
        .query('UPDATE jobs SET last_error = $2 WHERE id = $1', [job, message])
        .catch(() => {});
      return { status: 'failed', job, error: message };
    } finally {
      client.release();
    }
  }

  /** Logged on its own connection (committed at once), so it counts even if the worker dies mid-job. */
  private async recordAttempt(job: number, worker: string): Promise<number> {
    const { rows } = await this.store.pool.query<{ n: number }>(
      `WITH added AS (INSERT INTO job_attempts (job_id, worker) VALUES ($1, $2) RETURNING 1)
       SELECT (SELECT count(*)::int FROM job_attempts WHERE job_id = $1) + (SELECT count(*)::int FROM added) AS n`,
      [job, worker],
    );
    return rows[0]?.n ?? 1;
  }

  async counts(): Promise<QueueCounts> {
    const { rows } = await this.store.pool.query<QueueCounts>(
      `SELECT count(*) FILTER (WHERE done_at IS NULL)::int AS pending,
         count(*) FILTER (WHERE done_at IS NOT NULL AND NOT failed)::int AS done,
         count(*) FILTER (WHERE failed)::int AS failed
       FROM jobs WHERE queue = $1`,
      [this.queue],
    );
    return rows[0] ?? { pending: 0, done: 0, failed: 0 };
  }
}

// jsonb cannot hold U+0000; the same-length replacement keeps every offset valid.
function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}
