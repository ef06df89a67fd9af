// The corpus layer's tables in PostgreSQL (issue 5), mirroring src/store/sqlite/corpus-tables.ts. Postings are
// keyed by fingerprint (the natural Citus distribution column for them); prints and reports by article id.
import type pg from 'pg';
import {
  type ClusterHead,
  type ClusterIndex,
  type ClusterVariantRow,
  type ClusterWrite,
  type GramMatch,
  gramKeys,
  toVariant,
  type VariantDbRow,
} from '../../corpus/cluster-index.js';
import type { ArticlePrint } from '../../corpus/fingerprint-article.js';
import {
  type CopyStatus,
  MAX_POSTINGS,
  type Posting,
  type WritablePrintIndex,
} from '../../corpus/print-index.js';
import {
  type ReportIndex,
  reportsOfVariants,
  type StoredReport,
  textKeysOfWords,
} from '../../corpus/report-index.js';
import type { StoredQuoteReport } from '../corpus-backend.js';

export const CORPUS_POSTGRES_MIGRATIONS = [
  {
    id: 'corpus-001-prints-postings-reports',
    sql: `
      CREATE TABLE corpus_prints (
        article_id text PRIMARY KEY,
        text_hash text NOT NULL,
        source_hash text,
        print jsonb NOT NULL
      );
      CREATE TABLE corpus_postings (
        fp bigint NOT NULL,
        time_key text NOT NULL,
        article_id text NOT NULL,
        sentence integer NOT NULL,
        PRIMARY KEY (fp, time_key, article_id, sentence)
      );
      CREATE INDEX corpus_postings_article ON corpus_postings (article_id);
      CREATE TABLE corpus_bands (
        band bigint NOT NULL,
        time_key text NOT NULL,
        article_id text NOT NULL,
        PRIMARY KEY (band, time_key, article_id)
      );
      CREATE INDEX corpus_bands_article ON corpus_bands (article_id);
      CREATE TABLE corpus_reports (
        quote_id text PRIMARY KEY,
        speaker_key text NOT NULL,
        article_id text NOT NULL,
        report jsonb NOT NULL
      );
      CREATE INDEX corpus_reports_speaker ON corpus_reports (speaker_key);
      CREATE INDEX corpus_reports_article ON corpus_reports (article_id);
      CREATE TABLE corpus_report_keys (
        key bigint NOT NULL,
        quote_id text NOT NULL,
        PRIMARY KEY (key, quote_id)
      );
      CREATE INDEX corpus_report_keys_quote ON corpus_report_keys (quote_id);
    `,
  },
  {
    id: 'corpus-002-copy-of',
    sql: `
      ALTER TABLE corpus_prints ADD COLUMN copy_known boolean NOT NULL DEFAULT false;
      ALTER TABLE corpus_prints ADD COLUMN copy_of text;
    `,
  },
  {
    id: 'corpus-003-cluster-index',
    sql: `
      CREATE TABLE corpus_variants (
        variant_key text PRIMARY KEY,
        speaker_key text NOT NULL,
        words text NOT NULL,
        cluster_id text NOT NULL
      );
      CREATE INDEX corpus_variants_cluster ON corpus_variants (cluster_id);
      CREATE INDEX corpus_variants_speaker ON corpus_variants (speaker_key);
      CREATE TABLE corpus_variant_grams (
        gram bigint NOT NULL,
        variant_key text NOT NULL,
        length integer NOT NULL,
        distinct_grams integer NOT NULL,
        repeats integer NOT NULL,
        PRIMARY KEY (gram, variant_key)
      );
      CREATE INDEX corpus_variant_grams_variant ON corpus_variant_grams (variant_key);
      CREATE TABLE corpus_clusters (
        cluster_id text PRIMARY KEY,
        speaker_key text NOT NULL,
        head_time text,
        head_quote text NOT NULL
      );
      CREATE INDEX corpus_clusters_speaker ON corpus_clusters (speaker_key);
    `,
  },
  {
    // rows are deleted by their full keys, recomputed from the print, report or variant that made them (as SQLite)
    id: 'corpus-004-no-reverse-indexes',
    sql: `
      DROP INDEX corpus_postings_article;
      DROP INDEX corpus_bands_article;
      DROP INDEX corpus_report_keys_quote;
      DROP INDEX corpus_variant_grams_variant;
    `,
  },
  {
    // text keys per variant instead of per report (as SQLite); filled from the variants already clustered
    id: 'corpus-005-variant-text-keys',
    sql: `
      CREATE TABLE corpus_variant_keys (
        key bigint NOT NULL,
        variant_key text NOT NULL,
        PRIMARY KEY (key, variant_key)
      );
      DROP TABLE corpus_report_keys;
    `,
    fill: async (c: pg.PoolClient) => {
      const { rows } = await c.query<VariantDbRow>('SELECT * FROM corpus_variants');
      const keys: number[] = [];
      const variants: string[] = [];
      for (const v of rows.map(toVariant))
        for (const k of textKeysOfWords(v.words)) {
          keys.push(k);
          variants.push(v.key);
        }
      await c.query(
        'INSERT INTO corpus_variant_keys (key, variant_key) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING',
        [keys, variants],
      );
    },
  },
  {
    // arrival stamps (as SQLite's corpus-007): a print keeps the count of prints put when it arrived, a copy status
    // the count when it was computed. A counter row, not a sequence: its row lock orders the stamps as their
    // transactions commit, so a status never carries a stamp above a print it could not see.
    id: 'corpus-007-arrival-stamps',
    sql: `
      ALTER TABLE corpus_prints ADD COLUMN seq bigint NOT NULL DEFAULT 0;
      ALTER TABLE corpus_prints ADD COLUMN copy_seq bigint;
      UPDATE corpus_prints SET copy_seq = 0 WHERE copy_known;
      CREATE TABLE corpus_arrivals (id integer PRIMARY KEY CHECK (id = 0), n bigint NOT NULL);
      INSERT INTO corpus_arrivals (id, n) VALUES (0, 0);
      CREATE INDEX corpus_prints_seq ON corpus_prints (seq);
    `,
  },
];

export async function ensurePostgresCorpusTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(4242005)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ id: string }>('SELECT id FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.id));
    for (const m of CORPUS_POSTGRES_MIGRATIONS) {
      if (applied.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        if ('fill' in m) await m.fill(client);
        await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(4242005)').catch(() => {});
    client.release();
  }
}

const timeKey = (time: string | null, article: string) => `${time ?? '\uffff'}\u0001${article}`;
const timeOf = (key: string) => {
  const t = key.slice(0, key.indexOf('\u0001'));
  return t === '\uffff' ? null : t;
};

export class PostgresCorpusBackend implements WritablePrintIndex, ReportIndex, ClusterIndex {
  private constructor(readonly pool: pg.Pool) {}

  static async open(pool: pg.Pool): Promise<PostgresCorpusBackend> {
    await ensurePostgresCorpusTables(pool);
    return new PostgresCorpusBackend(pool);
  }

  get prints(): WritablePrintIndex {
    return this;
  }

  get reports(): ReportIndex {
    return this;
  }

  get clusters(): ClusterIndex {
    return this;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  /** The print is stored as JSON: a packed form made ahead (putPrint's `packed`, SQLite's form) is not used. */
  async putPrint(print: ArticlePrint): Promise<void> {
    const { rows } = await this.pool.query<{ text_hash: string }>(
      'SELECT text_hash FROM corpus_prints WHERE article_id = $1',
      [print.id],
    );
    if (rows[0]?.text_hash === print.textHash) return;
    const tk = timeKey(print.time, print.id);
    await this.tx(async (c) => {
      await this.deletePrint(c, print.id);
      // the next arrival stamp, the counter row locked until this transaction commits
      const stamp = await c.query<{ n: string }>('UPDATE corpus_arrivals SET n = n + 1 RETURNING n');
      await c.query(
        `INSERT INTO corpus_prints (article_id, text_hash, print, seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (article_id) DO UPDATE SET text_hash = excluded.text_hash, print = excluded.print, source_hash = NULL,
           copy_known = false, copy_of = NULL, copy_seq = NULL, seq = excluded.seq`,
        [print.id, print.textHash, JSON.stringify(print), stamp.rows[0]?.n],
      );
      const fps: number[] = [];
      const sentences: number[] = [];
      for (const s of print.sentences)
        for (const fp of s.fps) {
          fps.push(fp);
          sentences.push(s.index);
        }
      await c.query(
        `INSERT INTO corpus_postings (fp, time_key, article_id, sentence)
         SELECT f, $2, $3, s FROM unnest($1::bigint[], $4::int[]) AS t(f, s) ON CONFLICT DO NOTHING`,
        [fps, tk, print.id, sentences],
      );
      await c.query(
        'INSERT INTO corpus_bands (band, time_key, article_id) SELECT b, $2, $3 FROM unnest($1::bigint[]) AS b ON CONFLICT DO NOTHING',
        [print.bands, tk, print.id],
      );
    });
  }

  private async deletePrint(c: pg.PoolClient, id: string): Promise<void> {
    const { rows } = await c.query<{ print: ArticlePrint }>(
      'SELECT print FROM corpus_prints WHERE article_id = $1',
      [id],
    );
    const old = rows[0]?.print;
    if (!old) return;
    const tk = timeKey(old.time, id);
    await c.query(
      'DELETE FROM corpus_postings WHERE fp = ANY($1::bigint[]) AND time_key = $2 AND article_id = $3',
      [[...new Set(old.sentences.flatMap((s) => s.fps))], tk, id],
    );
    await c.query(
      'DELETE FROM corpus_bands WHERE band = ANY($1::bigint[]) AND time_key = $2 AND article_id = $3',
      [old.bands, tk, id],
    );
    await c.query('DELETE FROM corpus_prints WHERE article_id = $1', [id]);
  }

  async removePrint(id: string): Promise<void> {
    await this.tx((c) => this.deletePrint(c, id));
  }

  async getPrint(id: string): Promise<ArticlePrint | null> {
    const { rows } = await this.pool.query<{ print: ArticlePrint }>(
      'SELECT print FROM corpus_prints WHERE article_id = $1',
      [id],
    );
    return rows[0]?.print ?? null;
  }

  async getCopyOf(id: string): Promise<string | null | undefined> {
    const { rows } = await this.pool.query<{ copy_known: boolean; copy_of: string | null }>(
      'SELECT copy_known, copy_of FROM corpus_prints WHERE article_id = $1',
      [id],
    );
    const row = rows[0];
    return row?.copy_known ? row.copy_of : undefined;
  }

  async putCopyOf(id: string, copyOf: string | null, stamp?: number): Promise<void> {
    await this.pool.query(
      `UPDATE corpus_prints SET copy_known = true, copy_of = $2,
         copy_seq = least(coalesce($3::bigint, a.n), a.n) FROM corpus_arrivals a WHERE article_id = $1`,
      [id, copyOf, stamp ?? null],
    );
  }

  async printsArrivedAfter(stamp: number): Promise<Array<{ print: ArticlePrint; stamp: number }>> {
    const { rows } = await this.pool.query<{ print: ArticlePrint; seq: string }>(
      'SELECT print, seq FROM corpus_prints WHERE seq > $1 ORDER BY seq',
      [stamp],
    );
    return rows.map((r) => ({ print: r.print, stamp: Number(r.seq) }));
  }

  async printStamp(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT n FROM corpus_arrivals');
    return Number(rows[0]?.n ?? 0);
  }

  async getCopyStatus(id: string): Promise<CopyStatus | undefined> {
    const { rows } = await this.pool.query<{
      copy_known: boolean;
      copy_of: string | null;
      copy_seq: string | null;
    }>('SELECT copy_known, copy_of, copy_seq FROM corpus_prints WHERE article_id = $1', [id]);
    const row = rows[0];
    return row?.copy_known ? { copyOf: row.copy_of, stamp: Number(row.copy_seq ?? 0) } : undefined;
  }

  async arrivedAfter(ids: readonly string[], stamp: number): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<{ article_id: string }>(
      'SELECT article_id FROM corpus_prints WHERE article_id = ANY($1::text[]) AND seq > $2',
      [[...ids], stamp],
    );
    return rows.map((r) => r.article_id);
  }

  async forgetCopyOf(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(
      'UPDATE corpus_prints SET copy_known = false, copy_of = NULL WHERE article_id = ANY($1::text[]) AND copy_known',
      [[...ids]],
    );
  }

  async setSourceHash(id: string, hash: string): Promise<void> {
    await this.pool.query('UPDATE corpus_prints SET source_hash = $2 WHERE article_id = $1', [id, hash]);
  }

  async lookupFingerprints(fps: readonly number[]): Promise<Map<number, Posting[]>> {
    const out = new Map<number, Posting[]>();
    if (fps.length === 0) return out;
    const { rows } = await this.pool.query<{
      fp: string;
      time_key: string;
      article_id: string;
      sentence: number;
    }>(
      `SELECT p.fp, p.time_key, p.article_id, p.sentence FROM unnest($1::bigint[]) AS q(fp)
       CROSS JOIN LATERAL (SELECT * FROM corpus_postings c WHERE c.fp = q.fp ORDER BY c.time_key LIMIT $2) p`,
      [[...new Set(fps)], MAX_POSTINGS],
    );
    for (const r of rows) {
      const fp = Number(r.fp);
      let list = out.get(fp);
      if (!list) {
        list = [];
        out.set(fp, list);
      }
      list.push({ article: r.article_id, sentence: r.sentence, time: timeOf(r.time_key) });
    }
    return out;
  }

  async lookupBands(keys: readonly number[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ article_id: string }>(
      `SELECT DISTINCT p.article_id FROM unnest($1::bigint[]) AS q(band)
       CROSS JOIN LATERAL (SELECT article_id FROM corpus_bands c WHERE c.band = q.band ORDER BY c.time_key LIMIT $2) p`,
      [[...keys], MAX_POSTINGS],
    );
    return rows.map((r) => r.article_id);
  }

  async putReports(reports: StoredReport[]): Promise<void> {
    if (reports.length === 0) return;
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO corpus_reports (quote_id, speaker_key, article_id, report)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
         ON CONFLICT (quote_id) DO UPDATE SET speaker_key = excluded.speaker_key, article_id = excluded.article_id, report = excluded.report`,
        [
          reports.map((r) => r.quoteId),
          reports.map((r) => r.speakerKey),
          reports.map((r) => r.article),
          reports.map((r) => JSON.stringify(r)),
        ],
      );
    });
  }

  async removeArticleReports(article: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ speaker_key: string }>(
      'DELETE FROM corpus_reports WHERE article_id = $1 RETURNING speaker_key',
      [article],
    );
    return [...new Set(rows.map((r) => r.speaker_key))];
  }

  async getBlock(speakerKey: string): Promise<StoredReport[]> {
    const { rows } = await this.pool.query<{ report: StoredReport }>(
      'SELECT report FROM corpus_reports WHERE speaker_key = $1',
      [speakerKey],
    );
    return rows.map((r) => r.report);
  }

  async speakerKeys(): Promise<string[]> {
    const { rows } = await this.pool.query<{ speaker_key: string }>(
      'SELECT DISTINCT speaker_key FROM corpus_reports ORDER BY speaker_key',
    );
    return rows.map((r) => r.speaker_key);
  }

  async findByTextKeys(keys: readonly number[]): Promise<StoredReport[]> {
    if (keys.length === 0) return [];
    // the variants having a key, then their reports in their speakers' blocks
    const { rows } = await this.pool.query<{ speaker_key: string; variant_key: string }>(
      `SELECT DISTINCT v.speaker_key, v.variant_key FROM corpus_variant_keys k
       JOIN corpus_variants v ON v.variant_key = k.variant_key WHERE k.key = ANY($1::bigint[])`,
      [[...keys]],
    );
    const bySpeaker = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const map = bySpeaker.get(r.speaker_key);
      if (map) map.set(r.variant_key, 0);
      else bySpeaker.set(r.speaker_key, new Map([[r.variant_key, 0]]));
    }
    const found = new Map<string, StoredReport>();
    for (const [speaker, variants] of bySpeaker)
      for (const { report } of reportsOfVariants(await this.getBlock(speaker), variants))
        found.set(report.quoteId, report);
    if (found.size === 0) return [];
    // by quote id in the database's collation, as the per-report key table this replaces gave them
    const { rows: order } = await this.pool.query<{ q: string }>(
      'SELECT q FROM unnest($1::text[]) AS q ORDER BY q',
      [[...found.keys()]],
    );
    return order.flatMap((o) => found.get(o.q) ?? []);
  }

  async staleArticles(ids?: readonly string[]): Promise<Array<{ id: string; hash: string }>> {
    const { rows } = await this.pool.query<{ id: string; hash: string }>(
      `SELECT a.id, a.text_hash || ':' || a.analysis_version AS hash FROM articles a
       LEFT JOIN corpus_prints p ON p.article_id = a.id
       WHERE (p.article_id IS NULL OR p.source_hash IS DISTINCT FROM a.text_hash || ':' || a.analysis_version)
         AND ($1::text[] IS NULL OR a.id = ANY($1::text[]))
       ORDER BY a.id`,
      [ids ? [...ids] : null],
    );
    return rows;
  }

  async getVariants(keys: readonly string[]): Promise<Map<string, ClusterVariantRow>> {
    if (keys.length === 0) return new Map();
    const { rows } = await this.pool.query<VariantDbRow>(
      'SELECT * FROM corpus_variants WHERE variant_key = ANY($1::text[])',
      [[...keys]],
    );
    return new Map(rows.map((r) => [r.variant_key, toVariant(r)]));
  }

  async matchGrams(grams: readonly number[]): Promise<GramMatch[]> {
    if (grams.length === 0) return [];
    const { rows } = await this.pool.query<{
      key: string;
      shared: string;
      length: number;
      distinct: number;
      repeats: number;
    }>(
      `SELECT variant_key AS key, count(*) AS shared, length, distinct_grams AS "distinct", repeats
       FROM corpus_variant_grams WHERE gram = ANY($1::bigint[]) GROUP BY variant_key, length, distinct_grams, repeats`,
      [[...new Set(grams)]],
    );
    return rows.map((r) => ({ ...r, shared: Number(r.shared) }));
  }

  async getHeads(ids: readonly string[]): Promise<Map<string, ClusterHead>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{
      cluster_id: string;
      head_time: string | null;
      head_quote: string;
    }>('SELECT cluster_id, head_time, head_quote FROM corpus_clusters WHERE cluster_id = ANY($1::text[])', [
      [...ids],
    ]);
    return new Map(rows.map((r) => [r.cluster_id, { time: r.head_time, quoteId: r.head_quote }]));
  }

  async writeClusters(write: ClusterWrite): Promise<void> {
    await this.tx(async (c) => {
      if (write.relabel.size) {
        const from = [...write.relabel.keys()];
        const to = [...write.relabel.values()];
        await c.query(
          'UPDATE corpus_variants v SET cluster_id = t.n FROM unnest($1::text[], $2::text[]) AS t(o, n) WHERE v.cluster_id = t.o',
          [from, to],
        );
        await c.query('DELETE FROM corpus_clusters WHERE cluster_id = ANY($1::text[])', [from]);
      }
      if (write.variants.length) {
        const rows = write.variants.map((v) => v.row);
        await c.query(
          `INSERT INTO corpus_variants (variant_key, speaker_key, words, cluster_id)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
           ON CONFLICT (variant_key) DO UPDATE SET cluster_id = excluded.cluster_id`,
          [
            rows.map((r) => r.key),
            rows.map((r) => r.speakerKey),
            rows.map((r) => r.words.join(' ')),
            rows.map((r) => r.clusterId),
          ],
        );
        const gram: number[] = [];
        const key: string[] = [];
        const stat: number[][] = [[], [], []];
        for (const v of write.variants)
          for (const g of v.grams) {
            gram.push(g);
            key.push(v.row.key);
            stat[0]?.push(v.stats.length);
            stat[1]?.push(v.stats.distinct);
            stat[2]?.push(v.stats.repeats);
          }
        await c.query(
          `INSERT INTO corpus_variant_grams (gram, variant_key, length, distinct_grams, repeats)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[]) ON CONFLICT DO NOTHING`,
          [gram, key, ...stat],
        );
        const text: number[] = [];
        const textOf: string[] = [];
        for (const v of write.variants)
          for (const k of textKeysOfWords(v.row.words)) {
            text.push(k);
            textOf.push(v.row.key);
          }
        await c.query(
          'INSERT INTO corpus_variant_keys (key, variant_key) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING',
          [text, textOf],
        );
      }
      if (write.heads.size) {
        const heads = [...write.heads];
        await c.query(
          `INSERT INTO corpus_clusters (cluster_id, speaker_key, head_time, head_quote)
           SELECT t.id, $2, t.ht, t.hq FROM unnest($1::text[], $3::text[], $4::text[]) AS t(id, ht, hq)
           ON CONFLICT (cluster_id) DO UPDATE SET head_time = excluded.head_time, head_quote = excluded.head_quote`,
          [
            heads.map(([id]) => id),
            write.speakerKey,
            heads.map(([, h]) => h.time),
            heads.map(([, h]) => h.quoteId),
          ],
        );
      }
    });
  }

  async clearSpeaker(speakerKey: string): Promise<void> {
    await this.tx(async (c) => {
      const { rows } = await c.query<VariantDbRow>('SELECT * FROM corpus_variants WHERE speaker_key = $1', [
        speakerKey,
      ]);
      const grams: number[] = [];
      const keys: string[] = [];
      const text: number[] = [];
      const textOf: string[] = [];
      for (const v of rows.map(toVariant)) {
        for (const g of gramKeys(speakerKey, v.words)) {
          grams.push(g);
          keys.push(v.key);
        }
        for (const k of textKeysOfWords(v.words)) {
          text.push(k);
          textOf.push(v.key);
        }
      }
      await c.query(
        'DELETE FROM corpus_variant_keys t USING unnest($1::bigint[], $2::text[]) AS u(key, variant_key) WHERE t.key = u.key AND t.variant_key = u.variant_key',
        [text, textOf],
      );
      await c.query(
        'DELETE FROM corpus_variant_grams g USING unnest($1::bigint[], $2::text[]) AS t(gram, variant_key) WHERE g.gram = t.gram AND g.variant_key = t.variant_key',
        [grams, keys],
      );
      await c.query('DELETE FROM corpus_variants WHERE speaker_key = $1', [speakerKey]);
      await c.query('DELETE FROM corpus_clusters WHERE speaker_key = $1', [speakerKey]);
    });
  }

  async isEmpty(): Promise<boolean> {
    const { rows } = await this.pool.query('SELECT 1 FROM corpus_clusters LIMIT 1');
    return rows.length === 0;
  }

  /** Runs `fn` holding a session advisory lock: two workers clustering linked quotes at once would each miss
   * the other's new variants. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock(4242006)');
      try {
        return await fn();
      } finally {
        await c.query('SELECT pg_advisory_unlock(4242006)').catch(() => {});
      }
    } finally {
      c.release();
    }
  }

  /** The stored quotes of these articles (fields the corpus step needs). */
  async storedQuotesOf(ids: readonly string[]): Promise<StoredQuoteReport[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<StoredQuoteReport>(
      `SELECT id, article_id AS article, type, content, speaker, speaker_id AS "speakerId" FROM quotes
       WHERE article_id = ANY($1::text[]) ORDER BY article_id, start, id`,
      [[...ids]],
    );
    return rows;
  }

  /** Replaces cluster ids in the store's quotes table (a merge, or a new earliest report). */
  async relabelClusterIds(relabel: ReadonlyMap<string, string>): Promise<void> {
    if (relabel.size === 0) return;
    await this.pool.query(
      'UPDATE quotes q SET cluster_id = t.n FROM unnest($1::text[], $2::text[]) AS t(o, n) WHERE q.cluster_id = t.o',
      [[...relabel.keys()], [...relabel.values()]],
    );
  }

  async setClusterIds(ids: ReadonlyMap<string, string>): Promise<void> {
    if (ids.size === 0) return;
    await this.pool.query(
      'UPDATE quotes q SET cluster_id = t.c FROM unnest($1::text[], $2::text[]) AS t(id, c) WHERE q.id = t.id AND q.cluster_id IS DISTINCT FROM t.c',
      [[...ids.keys()], [...ids.values()]],
    );
  }
}
