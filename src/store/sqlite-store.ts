// The embedded store: one SQLite file (better-sqlite3, WAL), prepared statements with parameters only,
// FTS5 over quote content and speaker. Every putArticles() batch is one transaction.
import Database from 'better-sqlite3';
import { type KnownSpeaker, type SpeakerCandidate, speakerLookupKeys } from '../entities/identify-speaker.js';
import type { Article } from '../types.js';
import { checkStoredArticle } from './check-stored-article.js';
import { CountCache } from './count-cache.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { hashArticle } from './hash-article.js';
import { matchesSpeakerName } from './match-speaker-name.js';
import { candidateKey, lookupKeysOf, planSpeakers } from './plan-speakers.js';
import { isPrepared, type PreparedArticle, prepareWrite } from './prepare-article.js';
import { clampLimit, earliestStart, MAX_QUOTE_LIMIT, queryBound } from './query-limits.js';
import { type QuoteDbRow, toStoredQuote } from './quote-row.js';
import { toFts5Query } from './search-terms.js';
import { deserializeArticle } from './serialize-analysis.js';
import { type BackgroundCheckpoints, checkpointInBackground } from './sqlite/checkpoint-in-background.js';
import { SQLITE_MIGRATIONS, type SqliteMigration } from './sqlite-migrations.js';
import type {
  PutResult,
  QuotePage,
  QuoteQuery,
  SpeakerDetail,
  SpeakerSummary,
  Store,
  StoredArticle,
} from './store.js';

/** Above this many matching quotes a page is read by walking the date index rather than sorting the matches. */
const DATE_SCAN_ABOVE = 2000;

interface SpeakerDbRow {
  id: string;
  name: string;
  aliases: string;
  roles: string;
}

interface SummaryDbRow extends SpeakerDbRow {
  quote_count: number;
  article_count: number;
  first: string | null;
  last: string | null;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  /** The open database, for modules that add their own tables through migrations. */
  readonly db: Database.Database;
  private readonly counts = new CountCache();
  private checkpoints: BackgroundCheckpoints | null = null;

  constructor(
    readonly path: string,
    private readonly migrations: SqliteMigration[] = SQLITE_MIGRATIONS,
  ) {
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new Error(
        `cannot open SQLite store '${path}': ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    // 64 MB of page cache: index pages of a large store stay in memory across batches.
    this.db.pragma('cache_size = -65536');
    // statement journals (a multi-row write or savepoint inside a transaction copies each page it first changes)
    // in memory: on disk they were 20 write() calls per stored article, a quarter of the writer's CPU
    this.db.pragma('temp_store = MEMORY');
  }

  async init(): Promise<void> {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (this.db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((r) => r.id),
    );
    const record = this.db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
    for (const migration of this.migrations) {
      if (applied.has(migration.id)) continue;
      this.db
        .transaction(() => {
          this.db.exec(migration.sql);
          record.run(migration.id, new Date().toISOString());
        })
        .immediate();
    }
  }

  async putArticles(items: StoredArticle[]): Promise<PutResult> {
    this.counts.clear();
    return this.writeArticles(items);
  }

  /** putArticles() of articles whose writes an analysis thread made (prepareWrite). */
  async putPrepared(items: PreparedArticle[]): Promise<PutResult> {
    this.counts.clear();
    return this.writeArticles(items);
  }

  private writeArticles(items: Array<StoredArticle | PreparedArticle>): PutResult {
    const selectHash = this.db.prepare('SELECT text_hash, analysis_version FROM articles WHERE id = ?');
    const upsertArticle = this.db.prepare(`
      INSERT INTO articles (id, date, published, title, url, outlet, text, text_hash, analysis, analysis_version, quote_count, stored_at)
      VALUES (@id, @date, @published, @title, @url, @outlet, @text, @hash, @analysis, @version, @quoteCount, @storedAt)
      ON CONFLICT (id) DO UPDATE SET date = excluded.date, published = excluded.published, title = excluded.title,
        url = excluded.url, outlet = excluded.outlet, text = excluded.text, text_hash = excluded.text_hash,
        analysis = excluded.analysis, analysis_version = excluded.analysis_version,
        quote_count = excluded.quote_count, stored_at = excluded.stored_at`);
    const deleteQuotes = this.db.prepare('DELETE FROM quotes WHERE article_id = ?');
    const oldSpeakers = this.db.prepare(
      'SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL',
    );
    const recount = this.db.prepare(`
      INSERT INTO speaker_stats (speaker_id, quote_count, article_count, first, last)
      SELECT @id, count(*), count(DISTINCT article_id), min(nullif(sort_date, '')), max(nullif(sort_date, ''))
      FROM quotes WHERE speaker_id = @id
      ON CONFLICT (speaker_id) DO UPDATE SET quote_count = excluded.quote_count,
        article_count = excluded.article_count, first = excluded.first, last = excluded.last`);
    // a speaker whose quotes were only added: the batch's own counts are added to the stored ones (a recount reads
    // every quote of the speaker, which grew with the store for the most quoted ones)
    const batchCounts = this.db.prepare(`
      SELECT speaker_id AS id, count(*) AS n, count(DISTINCT article_id) AS articles,
        min(nullif(sort_date, '')) AS first, max(nullif(sort_date, '')) AS last
      FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) AND speaker_id IS NOT NULL
      GROUP BY speaker_id`);
    const addCounts = this.db.prepare(`
      INSERT INTO speaker_stats (speaker_id, quote_count, article_count, first, last)
      VALUES (@id, @n, @articles, @first, @last)
      ON CONFLICT (speaker_id) DO UPDATE SET quote_count = quote_count + excluded.quote_count,
        article_count = article_count + excluded.article_count,
        first = CASE WHEN first IS NULL THEN excluded.first WHEN excluded.first IS NULL THEN first
          ELSE min(first, excluded.first) END,
        last = CASE WHEN last IS NULL THEN excluded.last WHEN excluded.last IS NULL THEN last
          ELSE max(last, excluded.last) END`);
    const dropEmpty = this.db.prepare('DELETE FROM speaker_stats WHERE quote_count = 0');
    const insertQuote = this.db.prepare(`
      INSERT INTO quotes (id, article_id, type, content, start, "end", speaker, mention, mention_start, mention_end,
        cue, cue_start, cue_end, "when", published, outlet, sort_date, date_last, speaker_id, cluster_id)
      VALUES (@id, @article, @type, @content, @start, @end, @speaker, @mention, @mentionStart, @mentionEnd,
        @cue, @cueStart, @cueEnd, @when, @published, @outlet, @sortDate, @dateLast, @speakerId, NULL)
      ON CONFLICT (id) DO NOTHING`);

    const run = this.db.transaction((batch: Array<StoredArticle | PreparedArticle>): PutResult => {
      const result: PutResult = { stored: 0, unchanged: 0 };
      const changed: PreparedArticle[] = [];
      // The same id twice in one batch: the later one wins (and counts once).
      const byId = new Map<string, StoredArticle | PreparedArticle>();
      for (const item of batch) {
        if (!isPrepared(item)) checkStoredArticle(item);
        byId.delete(item.article.id);
        byId.set(item.article.id, item);
      }
      for (const item of byId.values()) {
        const hash = isPrepared(item) ? item.hash : hashArticle(item.article);
        const version = isPrepared(item) ? item.version : item.analysis.version;
        const before = selectHash.get(item.article.id) as
          | { text_hash: string; analysis_version: number }
          | undefined;
        if (before && before.text_hash === hash && before.analysis_version === version) {
          result.unchanged++;
          continue;
        }
        changed.push(isPrepared(item) ? item : { article: item.article, ...prepareWrite(item, hash) });
      }
      const candidates = changed.flatMap((c) => c.rows.flatMap((r) => (r.candidate ? [r.candidate] : [])));
      const assignments = this.resolveSpeakers(candidates);
      // Speakers whose counts change: those of the quotes replaced (counted again) and those of the quotes added.
      const recounted = new Set<string>();
      for (const { article } of changed) {
        for (const r of oldSpeakers.all(article.id) as Array<{ speaker_id: string }>)
          recounted.add(r.speaker_id);
      }
      const storedAt = new Date().toISOString();
      for (const { article, hash, analysisJson, version, rows } of changed) {
        upsertArticle.run({
          id: article.id,
          date: article.date,
          published: article.published ?? null,
          title: article.title ?? null,
          url: article.url ?? null,
          outlet: article.source ?? null,
          text: article.text,
          hash,
          analysis: analysisJson,
          version,
          quoteCount: rows.length,
          storedAt,
        });
        deleteQuotes.run(article.id);
        for (const row of rows) {
          const { candidate, speakerId: _s, clusterId: _c, ...fields } = row;
          insertQuote.run({
            ...fields,
            speakerId: candidate ? (assignments.get(candidateKey(candidate)) ?? null) : null,
          });
        }
        result.stored++;
      }
      for (const id of [...recounted].sort()) recount.run({ id });
      const added = batchCounts.all(JSON.stringify(changed.map((c) => c.article.id))) as Array<{
        id: string;
      }>;
      for (const row of added) if (!recounted.has(row.id)) addCounts.run(row);
      dropEmpty.run();
      return result;
    });
    return run.immediate(items);
  }

  /** Runs inside the batch transaction: loads, decides and writes canonical speakers. */
  private resolveSpeakers(candidates: SpeakerCandidate[]): Map<string, string> {
    if (candidates.length === 0) return new Map();
    const { known, keyIndex } = this.loadSpeakers(lookupKeysOf(candidates));
    const plan = planSpeakers(candidates, known, keyIndex);
    const upsert = this.db.prepare(`
      INSERT INTO speakers (id, name, aliases, roles) VALUES (@id, @name, @aliases, @roles)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name,
        aliases = (SELECT json_group_array(value) FROM (SELECT DISTINCT value FROM (
          SELECT value FROM json_each(speakers.aliases) UNION ALL SELECT value FROM json_each(excluded.aliases)))),
        roles = (SELECT json_group_array(value) FROM (SELECT DISTINCT value FROM (
          SELECT value FROM json_each(speakers.roles) UNION ALL SELECT value FROM json_each(excluded.roles))))`);
    for (const s of plan.changed) {
      upsert.run({
        id: s.id,
        name: s.name,
        aliases: JSON.stringify(s.aliases),
        roles: JSON.stringify(s.roles),
      });
    }
    const addKey = this.db.prepare('INSERT OR IGNORE INTO speaker_keys (key, speaker_id) VALUES (?, ?)');
    for (const [key, id] of plan.keys) addKey.run(key, id);
    return plan.assignments;
  }

  private loadSpeakers(keys: string[]): {
    known: Map<string, KnownSpeaker>;
    keyIndex: Map<string, Set<string>>;
  } {
    const rows = this.db
      .prepare(
        `SELECT k.key AS key, s.id AS id, s.name AS name, s.aliases AS aliases, s.roles AS roles
         FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
         WHERE k.key IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(keys)) as Array<SpeakerDbRow & { key: string }>;
    const known = new Map<string, KnownSpeaker>();
    const keyIndex = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!known.has(row.id)) known.set(row.id, toKnownSpeaker(row));
      const ids = keyIndex.get(row.key) ?? new Set<string>();
      ids.add(row.id);
      keyIndex.set(row.key, ids);
    }
    return { known, keyIndex };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare('SELECT text, analysis FROM articles WHERE id = ?').get(id) as
      | { text: string; analysis: string }
      | undefined;
    return row ? deserializeArticle(row.text, row.analysis) : null;
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async unchangedArticles(articles: Article[], analysisVersion: number): Promise<Set<string>> {
    const select = this.db.prepare('SELECT text_hash FROM articles WHERE id = ? AND analysis_version = ?');
    const same = new Set<string>();
    for (const article of articles) {
      const row = select.get(article.id, analysisVersion) as { text_hash: string } | undefined;
      if (row && row.text_hash === hashArticle(article)) same.add(article.id);
    }
    return same;
  }

  async queryQuotes(query: QuoteQuery): Promise<QuotePage> {
    const limit = clampLimit(query.limit);
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.q !== undefined) {
      const fts = toFts5Query(query.q);
      if (fts) {
        where.push('q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @fts)');
        params.fts = fts;
      }
    }
    if (query.speaker !== undefined) {
      // A union of two index lookups: an OR of the two columns would scan every quote.
      where.push(
        `q.seq IN (SELECT seq FROM quotes WHERE speaker_id IN (SELECT value FROM json_each(@speakerIds))
           UNION ALL SELECT seq FROM quotes WHERE speaker = @speaker COLLATE NOCASE)`,
      );
      params.speakerIds = JSON.stringify(this.findSpeakerIds(query.speaker));
      params.speaker = query.speaker.trim();
    }
    if (query.speakerId !== undefined) {
      where.push('q.speaker_id = @speakerId');
      params.speakerId = query.speakerId;
    }
    if (query.from !== undefined) {
      where.push(`q.date_last >= @from AND q.date_last <> '' AND q.sort_date >= @fromFloor`);
      params.from = queryBound(query.from, 'from').first;
      params.fromFloor = earliestStart(params.from as string);
    }
    if (query.to !== undefined) {
      where.push(`q.sort_date <= @to AND q.sort_date <> ''`);
      params.to = queryBound(query.to, 'to').last;
    }
    if (query.outlet !== undefined) {
      where.push('q.outlet = @outlet COLLATE NOCASE');
      params.outlet = query.outlet;
    }
    for (const [key, column] of [
      ['type', 'type'],
      ['article', 'article_id'],
      ['clusterId', 'cluster_id'],
    ] as const) {
      if (query[key] !== undefined) {
        where.push(`q.${column} = @${key}`);
        params[key] = query[key];
      }
    }
    const filter = where.length ? where.join(' AND ') : '1';
    const countKey = `${filter}\u0000${JSON.stringify(params)}`;
    let total = this.counts.get(countKey);
    if (total === undefined) {
      total = (
        this.db.prepare(`SELECT count(*) AS n FROM quotes q WHERE ${filter}`).get(params) as { n: number }
      ).n;
      this.counts.set(countKey, total);
    }
    let page = filter;
    if (query.cursor !== undefined) {
      const key = decodeCursor(query.cursor);
      page += ' AND (q.sort_date, q.id) < (@cursorDate, @cursorId)';
      params.cursorDate = key.sortDate;
      params.cursorId = key.id;
    }
    // Many matches: walk the date index newest first and stop at the page's end; few: fetch them and sort.
    const scan = total > DATE_SCAN_ABOVE ? 'INDEXED BY quotes_date' : '';
    const rows = this.db
      .prepare(
        `SELECT q.*, a.title AS article_title, a.url AS url FROM quotes q ${scan} JOIN articles a ON a.id = q.article_id
         WHERE ${page} ORDER BY q.sort_date DESC, q.id DESC LIMIT @limit`,
      )
      .all({ ...params, limit: limit + 1 }) as QuoteDbRow[];
    const more = rows.length > limit;
    const quotes = rows.slice(0, limit);
    const last = quotes[quotes.length - 1];
    return {
      quotes: quotes.map(toStoredQuote),
      total,
      next: more && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null,
    };
  }

  /** Canonical speakers a typed name stands for: same name or alias, a surname, or identifySpeaker's match. */
  private findSpeakerIds(name: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, aliases, roles FROM speakers
         WHERE id IN (SELECT speaker_id FROM speaker_keys WHERE key IN (SELECT value FROM json_each(@keys)))
         UNION SELECT id, name, aliases, roles FROM speakers WHERE name = @name COLLATE NOCASE`,
      )
      .all({ keys: JSON.stringify(speakerLookupKeys(name)), name: name.trim() });
    return (rows as SpeakerDbRow[])
      .filter((row) => matchesSpeakerName(name, toKnownSpeaker(row)))
      .map((r) => r.id);
  }

  async listSpeakers(q?: string, limit = 100): Promise<SpeakerSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT s.id, s.name, s.aliases, s.roles, st.quote_count, st.article_count, st.first, st.last
         FROM speaker_stats st JOIN speakers s ON s.id = st.speaker_id
         WHERE @q IS NULL OR s.name LIKE @like ESCAPE '\\' OR s.aliases LIKE @like ESCAPE '\\'
         ORDER BY st.quote_count DESC, s.name ASC, s.id ASC LIMIT @limit`,
      )
      .all({
        q: q ?? null,
        like: `%${escapeLike(q ?? '')}%`,
        limit: Math.max(1, Math.min(limit, MAX_QUOTE_LIMIT)),
      });
    return (rows as SummaryDbRow[]).map(toSpeakerSummary);
  }

  async getSpeaker(id: string): Promise<SpeakerDetail | null> {
    const row = this.db
      .prepare(
        `SELECT s.id, s.name, s.aliases, s.roles, coalesce(st.quote_count, 0) AS quote_count,
           coalesce(st.article_count, 0) AS article_count, st.first, st.last
         FROM speakers s LEFT JOIN speaker_stats st ON st.speaker_id = s.id WHERE s.id = ?`,
      )
      .get(id) as SummaryDbRow | undefined;
    if (!row) return null;
    const timeline = this.db
      .prepare(
        `SELECT substr(sort_date, 1, 7) AS period, count(*) AS count FROM quotes
         WHERE speaker_id = ? AND sort_date <> '' GROUP BY period ORDER BY period`,
      )
      .all(id) as Array<{ period: string; count: number }>;
    return { ...toSpeakerSummary(row), timeline };
  }

  /** WAL checkpoints move to a background thread until close (an in-memory store has no WAL). */
  expectBulkWrites(): void {
    if (this.checkpoints || this.db.memory) return;
    this.checkpoints = checkpointInBackground(this.db);
  }

  async close(): Promise<void> {
    await this.checkpoints?.stop();
    this.checkpoints = null;
    if (this.db.open) this.db.close();
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function toKnownSpeaker(row: SpeakerDbRow): KnownSpeaker {
  return { id: row.id, name: row.name, aliases: JSON.parse(row.aliases), roles: JSON.parse(row.roles) };
}

function toSpeakerSummary(row: SummaryDbRow): SpeakerSummary {
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases),
    quoteCount: row.quote_count,
    articleCount: row.article_count,
    first: row.first,
    last: row.last,
  };
}
