// The PostgreSQL store: same interface as SQLite, PostgreSQL's own full-text search (tsvector + GIN), bulk
// writes through unnest() arrays, parameters only. `?schema=NAME` on the URL selects (and creates) a schema.
import pg from 'pg';
import { type KnownSpeaker, type SpeakerCandidate, speakerLookupKeys } from '../entities/identify-speaker.js';
import type { Article } from '../types.js';
import { checkStoredArticle } from './check-stored-article.js';
import { CountCache } from './count-cache.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { hashArticle } from './hash-article.js';
import { matchesSpeakerName } from './match-speaker-name.js';
import { candidateKey, lookupKeysOf, planSpeakers } from './plan-speakers.js';
import { readWordCounts, updateWordCounts, wordCountSql } from './postgres/quote-words.js';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './postgres-migrations.js';
import { clampLimit, earliestStart, MAX_QUOTE_LIMIT, queryBound } from './query-limits.js';
import { type QuoteDbRow, toStoredQuote } from './quote-row.js';
import { toWebSearchQuery } from './search-terms.js';
import { deserializeArticle, serializeAnalysis } from './serialize-analysis.js';
import type {
  PutResult,
  QuotePage,
  QuoteQuery,
  SpeakerDetail,
  SpeakerSummary,
  Store,
  StoredArticle,
} from './store.js';
import { type QuoteRow, toQuoteRows } from './to-quote-rows.js';

/** `total` counts matches up to this many; beyond it the page says `totalIsLowerBound`. */
export const COUNT_CAP = 10_000;
/** A text search with fewer matches than this reads them through the word index, then sorts them by date. */
const SORT_MATCHES_BELOW = 2_000;

/** Serialises schema changes between processes starting at once (any fixed number). */
const MIGRATION_LOCK = 727_001;

export interface PostgresTarget {
  connectionString: string;
  schema: string | null;
}

/** Splits `?schema=NAME` off a postgres:// URL; throws on a schema name that is not a plain identifier. */
export function parsePostgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid schema name '${schema}' in the database URL`);
  }
  return { connectionString: parsed.toString(), schema };
}

interface SummaryDbRow {
  id: string;
  name: string;
  aliases: string[];
  quote_count: number;
  article_count: number;
  first: string | null;
  last: string | null;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  /** The connection pool, for the job queue and for modules that add their own tables. */
  readonly pool: pg.Pool;
  readonly schema: string | null;
  private readonly counts = new CountCache();

  constructor(
    url: string,
    private readonly migrations: PostgresMigration[] = POSTGRES_MIGRATIONS,
    poolSize = 4,
    private readonly countCap = COUNT_CAP,
  ) {
    const target = parsePostgresTarget(url);
    this.schema = target.schema;
    this.pool = new pg.Pool({
      connectionString: target.connectionString,
      max: poolSize,
      application_name: 'onrecord',
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client losing its server must not crash the process; the next query reports the error.
    this.pool.on('error', () => {});
  }

  async init(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ id: string }>('SELECT id FROM schema_migrations');
      const applied = new Set(rows.map((r) => r.id));
      for (const migration of this.migrations) {
        if (applied.has(migration.id)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
    });
  }

  /** Runs `work` in one transaction on one pooled connection; rolls back on any error. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async putArticles(items: StoredArticle[]): Promise<PutResult> {
    return this.transaction((client) => this.writeArticles(client, items));
  }

  /** putArticles() inside a transaction the caller owns (the queue worker commits the job with it). */
  async writeArticles(client: pg.PoolClient, items: StoredArticle[]): Promise<PutResult> {
    this.counts.clear();
    const byId = new Map<string, StoredArticle>();
    for (const item of items) {
      checkStoredArticle(item);
      byId.set(item.article.id, item); // the same id twice in one batch: the later one wins
    }
    const all = [...byId.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    if (all.length === 0) return { stored: 0, unchanged: 0 };
    // Unchanged articles are not even sent; the upsert's WHERE still guards against a concurrent writer.
    const versions = [...new Set(all.map((item) => item.analysis.version))];
    const same = new Set<string>();
    for (const version of versions) {
      const sameVersion = all.filter((item) => item.analysis.version === version).map((item) => item.article);
      for (const id of await this.unchangedArticlesWith(client, sameVersion, version)) same.add(id);
    }
    const batch = all.filter((item) => !same.has(item.article.id));
    if (batch.length === 0) return { stored: 0, unchanged: all.length };
    const rowsById = new Map(batch.map((item) => [item.article.id, toQuoteRows(item.analysis)]));
    const a = batch.map((item) => item.article);
    const { rows: written } = await client.query<{ id: string }>(
      `INSERT INTO articles AS old (id, date, published, title, url, outlet, text, text_hash, analysis, analysis_version, quote_count)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::json[], $10::int[], $11::int[])
       ON CONFLICT (id) DO UPDATE SET date = EXCLUDED.date, published = EXCLUDED.published, title = EXCLUDED.title,
         url = EXCLUDED.url, outlet = EXCLUDED.outlet, text = EXCLUDED.text, text_hash = EXCLUDED.text_hash,
         analysis = EXCLUDED.analysis, analysis_version = EXCLUDED.analysis_version,
         quote_count = EXCLUDED.quote_count, stored_at = now()
       WHERE old.text_hash <> EXCLUDED.text_hash OR old.analysis_version <> EXCLUDED.analysis_version
       RETURNING id`,
      [
        a.map((x) => x.id),
        a.map((x) => x.date),
        a.map((x) => x.published ?? null),
        a.map((x) => x.title ?? null),
        a.map((x) => x.url ?? null),
        a.map((x) => x.source ?? null),
        a.map((x) => withoutNul(x.text)),
        a.map((x) => hashArticle(x)),
        batch.map((item) => withoutNul(serializeAnalysis(item.analysis))),
        batch.map((item) => item.analysis.version),
        batch.map((item) => rowsById.get(item.article.id)?.length ?? 0),
      ],
    );
    const changed = written.map((r) => r.id).sort();
    if (changed.length === 0) return { stored: 0, unchanged: all.length };
    const { rows: replaced } = await client.query<{ speaker_id: string }>(
      'SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ANY($1::text[]) AND speaker_id IS NOT NULL',
      [changed],
    );
    const replacedWords = await readWordCounts(client, changed);
    await client.query('DELETE FROM quotes WHERE article_id = ANY($1::text[])', [changed]);
    const rows = changed.flatMap((id) => rowsById.get(id) ?? []);
    const assignments = await this.resolveSpeakers(
      client,
      rows.flatMap((r) => (r.candidate ? [r.candidate] : [])),
    );
    await insertQuotes(client, rows, assignments);
    await recountSpeakers(
      client,
      [...new Set([...replaced.map((r) => r.speaker_id), ...assignments.values()])].sort(),
    );
    await updateWordCounts(client, changed, replacedWords);
    return { stored: changed.length, unchanged: all.length - changed.length };
  }

  private async resolveSpeakers(
    client: pg.PoolClient,
    candidates: SpeakerCandidate[],
  ): Promise<Map<string, string>> {
    if (candidates.length === 0) return new Map();
    const { rows } = await client.query<{
      key: string;
      id: string;
      name: string;
      aliases: string[];
      roles: string[];
    }>(
      `SELECT k.key, s.id, s.name, s.aliases, s.roles FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
       WHERE k.key = ANY($1::text[])`,
      [lookupKeysOf(candidates)],
    );
    const known = new Map<string, KnownSpeaker>();
    const keyIndex = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!known.has(row.id))
        known.set(row.id, { id: row.id, name: row.name, aliases: row.aliases, roles: row.roles });
      const ids = keyIndex.get(row.key) ?? new Set<string>();
      ids.add(row.id);
      keyIndex.set(row.key, ids);
    }
    const plan = planSpeakers(candidates, known, keyIndex);
    if (plan.changed.length > 0) {
      await client.query(
        `INSERT INTO speakers AS old (id, name, aliases, roles)
         SELECT x.id, x.name, ARRAY(SELECT jsonb_array_elements_text(x.aliases)), ARRAY(SELECT jsonb_array_elements_text(x.roles))
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, aliases jsonb, roles jsonb)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,
           aliases = ARRAY(SELECT DISTINCT unnest(old.aliases || EXCLUDED.aliases) ORDER BY 1),
           roles = ARRAY(SELECT DISTINCT unnest(old.roles || EXCLUDED.roles) ORDER BY 1)`,
        [JSON.stringify(plan.changed)],
      );
    }
    if (plan.keys.length > 0) {
      const keys = [...plan.keys].sort((x, y) =>
        x[0] === y[0] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : 1,
      );
      await client.query(
        `INSERT INTO speaker_keys (key, speaker_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [keys.map((k) => k[0]), keys.map((k) => k[1])],
      );
    }
    return plan.assignments;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.pool.query<{ text: string; analysis: string }>(
      'SELECT text, analysis::text AS analysis FROM articles WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row ? deserializeArticle(row.text, row.analysis) : null;
  }

  async hasArticle(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return rows[0]?.n ?? 0;
  }

  async unchangedArticles(articles: Article[], analysisVersion: number): Promise<Set<string>> {
    return this.unchangedArticlesWith(this.pool, articles, analysisVersion);
  }

  /** unchangedArticles() on a given client (inside the caller's transaction). */
  async unchangedArticlesWith(
    client: pg.Pool | pg.PoolClient,
    articles: Article[],
    analysisVersion: number,
  ): Promise<Set<string>> {
    if (articles.length === 0) return new Set();
    const { rows } = await client.query<{ id: string; text_hash: string }>(
      'SELECT id, text_hash FROM articles WHERE id = ANY($1::text[]) AND analysis_version = $2',
      [articles.map((a) => a.id), analysisVersion],
    );
    const stored = new Map(rows.map((r) => [r.id, r.text_hash]));
    return new Set(articles.filter((a) => stored.get(a.id) === hashArticle(a)).map((a) => a.id));
  }

  async queryQuotes(query: QuoteQuery): Promise<QuotePage> {
    const limit = clampLimit(query.limit);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    let tsquery: string | null = null;
    if (query.q !== undefined) {
      const web = toWebSearchQuery(query.q);
      if (web) {
        tsquery = `websearch_to_tsquery('english', ${p(web)})`;
        where.push(`q.tsv @@ ${tsquery}`);
      }
    }
    if (query.speaker !== undefined) {
      const ids = await this.findSpeakerIds(query.speaker);
      where.push(
        `(q.speaker_id = ANY(${p(ids)}::text[]) OR lower(q.speaker) = lower(${p(query.speaker.trim())}))`,
      );
    }
    if (query.speakerId !== undefined) where.push(`q.speaker_id = ${p(query.speakerId)}`);
    if (query.from !== undefined) {
      const from = queryBound(query.from, 'from').first;
      where.push(
        `q.date_last >= ${p(from)} AND q.date_last <> '' AND q.sort_date >= ${p(earliestStart(from))}`,
      );
    }
    if (query.to !== undefined) {
      where.push(`q.sort_date <= ${p(queryBound(query.to, 'to').last)} AND q.sort_date <> ''`);
    }
    if (query.outlet !== undefined) where.push(`lower(q.outlet) = lower(${p(query.outlet)})`);
    if (query.type !== undefined) where.push(`q.type = ${p(query.type)}`);
    if (query.article !== undefined) where.push(`q.article_id = ${p(query.article)}`);
    if (query.clusterId !== undefined) where.push(`q.cluster_id = ${p(query.clusterId)}`);
    const filter = where.length ? where.join(' AND ') : 'true';
    const countParams = [...params];
    let page = filter;
    if (query.cursor !== undefined) {
      const key = decodeCursor(query.cursor);
      page += ` AND (q.sort_date, q.id) < (${p(key.sortDate)}, ${p(key.id)})`;
    }
    const countKey = `${filter}\u0000${JSON.stringify(countParams)}`;
    const cached = this.counts.get(countKey);
    // Counted first: the count (capped, fast) decides how the page is read.
    // A common word matches tens of thousands of quotes; counting them all costs more than the page.
    const counted = `(SELECT count(*)::int FROM (SELECT 1 FROM quotes q WHERE ${filter} LIMIT ${this.countCap + 1}) c)`;
    // A search on words alone: one word's total is kept in quote_words.
    const count =
      tsquery !== null && where.length === 1 ? wordCountSql(tsquery, this.countCap + 1, counted) : counted;
    const total =
      cached ?? (await this.pool.query<{ n: number }>(`SELECT ${count} AS n`, countParams)).rows[0]?.n ?? 0;
    if (cached === undefined) this.counts.set(countKey, total);
    // A rare word: walking the date index for its few matches reads most of the table, so its matches are
    // fetched through the word index and sorted (`|| ''` keeps the planner off the date index, same order).
    const fewMatches = query.q !== undefined && total < SORT_MATCHES_BELOW;
    const order = fewMatches ? `q.sort_date || '' DESC, q.id DESC` : 'q.sort_date DESC, q.id DESC';
    const found =
      total === 0
        ? { rows: [] as QuoteDbRow[] }
        : await this.pool.query<QuoteDbRow>(
            // The page's quotes first, then their articles: joined before the sort, every match of a rare
            // word would look up its article.
            `SELECT q.*, a.title AS article_title, a.url FROM (
           SELECT q.article_id, q.id, q.type, q.content, q.start, q."end", q.speaker, q.mention, q.mention_start,
             q.mention_end, q.cue, q.cue_start, q.cue_end, q."when", q.published, q.outlet, q.sort_date, q.speaker_id,
             q.cluster_id
           FROM quotes q WHERE ${page} ORDER BY ${order} LIMIT ${p(limit + 1)}
         ) q JOIN articles a ON a.id = q.article_id ORDER BY q.sort_date DESC, q.id DESC`,
            params,
          );
    const more = found.rows.length > limit;
    const quotes = found.rows.slice(0, limit);
    const last = quotes[quotes.length - 1];
    return {
      quotes: quotes.map(toStoredQuote),
      ...(total > this.countCap ? { total: this.countCap, totalIsLowerBound: true } : { total }),
      next: more && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null,
    };
  }

  private async findSpeakerIds(name: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string; name: string; aliases: string[]; roles: string[] }>(
      `SELECT id, name, aliases, roles FROM speakers
       WHERE id IN (SELECT speaker_id FROM speaker_keys WHERE key = ANY($1::text[]))
       UNION SELECT id, name, aliases, roles FROM speakers WHERE lower(name) = lower($2)`,
      [speakerLookupKeys(name), name.trim()],
    );
    return rows.filter((row) => matchesSpeakerName(name, row)).map((row) => row.id);
  }

  async listSpeakers(q?: string, limit = 100): Promise<SpeakerSummary[]> {
    const { rows } = await this.pool.query<SummaryDbRow>(
      `SELECT s.id, s.name, s.aliases, st.quote_count, st.article_count, st.first, st.last
       FROM speaker_stats st JOIN speakers s ON s.id = st.speaker_id
       WHERE $1::text IS NULL OR s.name ILIKE $2 OR array_to_string(s.aliases, '|') ILIKE $2
       ORDER BY st.quote_count DESC, s.name ASC, s.id ASC LIMIT $3`,
      [q ?? null, `%${escapeLike(q ?? '')}%`, Math.max(1, Math.min(limit, MAX_QUOTE_LIMIT))],
    );
    return rows.map(toSpeakerSummary);
  }

  async getSpeaker(id: string): Promise<SpeakerDetail | null> {
    const [summary, timeline] = await Promise.all([
      this.pool.query<SummaryDbRow>(
        `SELECT s.id, s.name, s.aliases, coalesce(st.quote_count, 0) AS quote_count,
           coalesce(st.article_count, 0) AS article_count, st.first, st.last
         FROM speakers s LEFT JOIN speaker_stats st ON st.speaker_id = s.id WHERE s.id = $1`,
        [id],
      ),
      this.pool.query<{ period: string; count: number }>(
        `SELECT substr(sort_date, 1, 7) AS period, count(*)::int AS count FROM quotes
         WHERE speaker_id = $1 AND sort_date <> '' GROUP BY 1 ORDER BY 1`,
        [id],
      ),
    ]);
    const row = summary.rows[0];
    return row ? { ...toSpeakerSummary(row), timeline: timeline.rows } : null;
  }

  /** Drops this store's schema (tests use one schema per run). Refuses without `?schema=`. */
  async dropSchema(): Promise<void> {
    if (!this.schema) throw new Error('dropSchema() needs a store opened with ?schema=NAME');
    await this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Recounts the given speakers (sorted ids) from their quotes. The stats rows are created, then locked in id order,
 * before counting, so a concurrent writer's recount of the same speaker waits for this commit and then counts
 * both writers' quotes; every writer takes its locks in the same order of tables and ids, so none deadlock.
 */
async function recountSpeakers(client: pg.PoolClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO speaker_stats (speaker_id, quote_count, article_count) SELECT unnest($1::text[]), 0, 0
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  await client.query(
    'SELECT 1 FROM speaker_stats WHERE speaker_id = ANY($1::text[]) ORDER BY speaker_id FOR UPDATE',
    [ids],
  );
  await client.query(
    `UPDATE speaker_stats st SET quote_count = coalesce(c.n, 0), article_count = coalesce(c.a, 0), first = c.f, last = c.l
     FROM unnest($1::text[]) AS t(id) LEFT JOIN (
       SELECT speaker_id, count(*)::int AS n, count(DISTINCT article_id)::int AS a,
         min(nullif(sort_date, '')) AS f, max(nullif(sort_date, '')) AS l
       FROM quotes WHERE speaker_id = ANY($1::text[]) GROUP BY speaker_id
     ) c ON c.speaker_id = t.id
     WHERE st.speaker_id = t.id`,
    [ids],
  );
  await client.query('DELETE FROM speaker_stats WHERE speaker_id = ANY($1::text[]) AND quote_count = 0', [
    ids,
  ]);
}

async function insertQuotes(
  client: pg.PoolClient,
  rows: QuoteRow[],
  assignments: Map<string, string>,
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: QuoteRow) => T) => rows.map(f);
  await client.query(
    `INSERT INTO quotes (article_id, id, type, content, start, "end", speaker, mention, mention_start, mention_end,
       cue, cue_start, cue_end, "when", published, outlet, sort_date, date_last, speaker_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[],
       $9::int[], $10::int[], $11::text[], $12::int[], $13::int[], $14::text[], $15::text[], $16::text[], $17::text[],
       $18::text[], $19::text[])
     ON CONFLICT DO NOTHING`,
    [
      col((r) => r.article),
      col((r) => r.id),
      col((r) => r.type),
      col((r) => withoutNul(r.content)),
      col((r) => r.start),
      col((r) => r.end),
      col((r) => (r.speaker === null ? null : withoutNul(r.speaker))),
      col((r) => (r.mention === null ? null : withoutNul(r.mention))),
      col((r) => r.mentionStart),
      col((r) => r.mentionEnd),
      col((r) => (r.cue === null ? null : withoutNul(r.cue))),
      col((r) => r.cueStart),
      col((r) => r.cueEnd),
      col((r) => r.when),
      col((r) => r.published),
      col((r) => r.outlet),
      col((r) => r.sortDate),
      col((r) => r.dateLast),
      col((r) => (r.candidate ? (assignments.get(candidateKey(r.candidate)) ?? null) : null)),
    ],
  );
}

// PostgreSQL text cannot hold U+0000; the same-length replacement keeps every offset valid.
function withoutNul(s: string): string {
  return s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function toSpeakerSummary(row: SummaryDbRow): SpeakerSummary {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    quoteCount: row.quote_count,
    articleCount: row.article_count,
    first: row.first,
    last: row.last,
  };
}
