// The corpus layer's tables in SQLite (issue 5): article prints, the fingerprint and MinHash-band inverted
// indexes, and quote reports by speaker block. Applied through schema_migrations like the store's own schema.
import type Database from 'better-sqlite3';
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
  inReportOrder,
  type ReportIndex,
  reportsOfVariants,
  type StoredReport,
  textKeysOfWords,
} from '../../corpus/report-index.js';
import type { StoredQuoteReport } from '../corpus-backend.js';

export const CORPUS_SQLITE_MIGRATIONS = [
  {
    id: 'corpus-001-prints-postings-reports',
    sql: `
      CREATE TABLE corpus_prints (
        article_id TEXT PRIMARY KEY,
        text_hash TEXT NOT NULL,
        source_hash TEXT,
        print TEXT NOT NULL
      );
      CREATE TABLE corpus_postings (
        fp INTEGER NOT NULL,
        time_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (fp, time_key, article_id, sentence)
      ) WITHOUT ROWID;
      CREATE INDEX corpus_postings_article ON corpus_postings (article_id);
      CREATE TABLE corpus_bands (
        band INTEGER NOT NULL,
        time_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (band, time_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX corpus_bands_article ON corpus_bands (article_id);
      CREATE TABLE corpus_reports (
        quote_id TEXT PRIMARY KEY,
        speaker_key TEXT NOT NULL,
        article_id TEXT NOT NULL,
        report TEXT NOT NULL
      );
      CREATE INDEX corpus_reports_speaker ON corpus_reports (speaker_key);
      CREATE INDEX corpus_reports_article ON corpus_reports (article_id);
      CREATE TABLE corpus_report_keys (
        key INTEGER NOT NULL,
        quote_id TEXT NOT NULL,
        PRIMARY KEY (key, quote_id)
      ) WITHOUT ROWID;
      CREATE INDEX corpus_report_keys_quote ON corpus_report_keys (quote_id);
    `,
  },
  {
    id: 'corpus-002-copy-of',
    sql: `
      ALTER TABLE corpus_prints ADD COLUMN copy_known INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE corpus_prints ADD COLUMN copy_of TEXT;
    `,
  },
  {
    id: 'corpus-003-cluster-index',
    sql: `
      CREATE TABLE corpus_variants (
        variant_key TEXT PRIMARY KEY,
        speaker_key TEXT NOT NULL,
        words TEXT NOT NULL,
        cluster_id TEXT NOT NULL
      );
      CREATE INDEX corpus_variants_cluster ON corpus_variants (cluster_id);
      CREATE INDEX corpus_variants_speaker ON corpus_variants (speaker_key);
      CREATE TABLE corpus_variant_grams (
        gram INTEGER NOT NULL,
        variant_key TEXT NOT NULL,
        length INTEGER NOT NULL,
        distinct_grams INTEGER NOT NULL,
        repeats INTEGER NOT NULL,
        PRIMARY KEY (gram, variant_key)
      ) WITHOUT ROWID;
      CREATE INDEX corpus_variant_grams_variant ON corpus_variant_grams (variant_key);
      CREATE TABLE corpus_clusters (
        cluster_id TEXT PRIMARY KEY,
        speaker_key TEXT NOT NULL,
        head_time TEXT,
        head_quote TEXT NOT NULL
      );
      CREATE INDEX corpus_clusters_speaker ON corpus_clusters (speaker_key);
    `,
  },
  {
    // rows are deleted by their full keys, recomputed from the print, report or variant that made them: an index
    // by article or quote doubled the random B-tree writes of every insert
    id: 'corpus-004-no-reverse-indexes',
    sql: `
      DROP INDEX corpus_postings_article;
      DROP INDEX corpus_bands_article;
      DROP INDEX corpus_report_keys_quote;
      DROP INDEX corpus_variant_grams_variant;
    `,
  },
  {
    // text keys ("also attributed to") per variant instead of per report: reports of the same words share them,
    // and a report no longer writes ~45 random-key rows; filled from the variants already clustered
    id: 'corpus-005-variant-text-keys',
    sql: `
      CREATE TABLE corpus_variant_keys (
        key INTEGER NOT NULL,
        variant_key TEXT NOT NULL,
        PRIMARY KEY (key, variant_key)
      ) WITHOUT ROWID;
      DROP TABLE corpus_report_keys;
    `,
    fill: (db: Database.Database) => {
      const put = db.prepare('INSERT OR IGNORE INTO corpus_variant_keys (key, variant_key) VALUES (?, ?)');
      // in pages (a statement cannot write while another one is being read)
      const page = db.prepare(
        'SELECT * FROM corpus_variants WHERE variant_key > ? ORDER BY variant_key LIMIT 5000',
      );
      for (let rows = page.all('') as VariantDbRow[]; rows.length; ) {
        for (const v of rows.map(toVariant)) for (const k of textKeysOfWords(v.words)) put.run(k, v.key);
        rows = page.all(rows[rows.length - 1]?.variant_key) as VariantDbRow[];
      }
    },
  },
  {
    // the few articles with a stored copy status: an arriving article whose print changed need not look for the
    // ones it could make stale when there are none (every article of a store no query has read provenance from)
    id: 'corpus-006-copy-known-index',
    sql: 'CREATE INDEX corpus_prints_copy_known ON corpus_prints (article_id) WHERE copy_known = 1;',
  },
  {
    // arrival stamps: each print keeps the count of prints put when it arrived (`seq`), each copy status the count
    // when it was computed (`copy_seq`); a read checks the status against prints arrived since, and ingest no longer
    // looks up what it could make stale. Prints stored before get 0, and so do their stored statuses: the old code
    // forgot every status an arrival could change, so those still stored are valid against every stored print.
    id: 'corpus-007-arrival-stamps',
    sql: `
      ALTER TABLE corpus_prints ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE corpus_prints ADD COLUMN copy_seq INTEGER;
      UPDATE corpus_prints SET copy_seq = 0 WHERE copy_known = 1;
      CREATE TABLE corpus_arrivals (id INTEGER PRIMARY KEY CHECK (id = 0), n INTEGER NOT NULL);
      INSERT INTO corpus_arrivals (id, n) VALUES (0, 0);
      CREATE INDEX corpus_prints_seq ON corpus_prints (seq);
    `,
  },
  {
    // the fingerprint and band indexes as contentless FTS5 tables (issue 5): a batch's postings are written as a
    // new segment in key order, not ~100 rows per article at random places of a B-tree. Each print is a document
    // number (`corpus_docs`, an append), each sentence with fingerprints the document n·2^20 + sentence of
    // corpus_fp_docs, the band keys the document n of corpus_band_docs. A key past MAX_POSTINGS keeps its first
    // MAX_POSTINGS postings in a small B-tree (corpus_fp_capped, corpus_band_capped), so that its lookups read
    // those, not every document of the key. Filled from the stored prints and the old rows, which are dropped.
    id: 'corpus-008-fts-postings',
    sql: `
      ALTER TABLE corpus_prints ADD COLUMN doc INTEGER;
      ALTER TABLE corpus_arrivals ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE corpus_docs (n INTEGER PRIMARY KEY, time_key TEXT NOT NULL);
      CREATE VIRTUAL TABLE corpus_fp_docs USING fts5(
        words, content='', detail=none, columnsize=0, tokenize='ascii');
      CREATE VIRTUAL TABLE corpus_band_docs USING fts5(
        words, content='', detail=none, columnsize=0, tokenize='ascii');
      CREATE TABLE corpus_fp_capped (
        fp INTEGER NOT NULL,
        time_key TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (fp, time_key, sentence)
      ) WITHOUT ROWID;
      CREATE TABLE corpus_band_capped (
        band INTEGER NOT NULL,
        time_key TEXT NOT NULL,
        PRIMARY KEY (band, time_key)
      ) WITHOUT ROWID;
    `,
    fill: (db: Database.Database) => {
      const docs = db.prepare('UPDATE corpus_arrivals SET docs = docs + 1 RETURNING docs');
      const setDoc = db.prepare('UPDATE corpus_prints SET doc = ? WHERE rowid = ?');
      const put = docWriter((sql) => db.prepare(sql));
      // in pages (a statement cannot write while another one is being read)
      const page = db.prepare(
        'SELECT rowid AS id, print FROM corpus_prints WHERE rowid > ? ORDER BY rowid LIMIT 2000',
      );
      for (let rows = page.all(0) as Array<{ id: number; print: string }>; rows.length; ) {
        for (const r of rows) {
          const print = unpackPrint(r.print);
          const n = (docs.get() as { docs: number }).docs;
          setDoc.run(n, r.id);
          put(n, print);
        }
        rows = page.all(rows[rows.length - 1]?.id) as Array<{ id: number; print: string }>;
      }
      // the first MAX_POSTINGS rows of each key past the cap, in the old rows' order
      db.prepare(
        `INSERT INTO corpus_fp_capped (fp, time_key, sentence)
         SELECT fp, time_key, sentence FROM (
           SELECT p.fp, p.time_key, p.sentence,
             row_number() OVER (PARTITION BY p.fp ORDER BY p.time_key, p.sentence) AS r
           FROM corpus_postings p
           WHERE p.fp IN (SELECT fp FROM corpus_postings GROUP BY fp HAVING count(*) > @max))
         WHERE r <= @max`,
      ).run({ max: MAX_POSTINGS });
      db.prepare(
        `INSERT INTO corpus_band_capped (band, time_key)
         SELECT band, time_key FROM (
           SELECT b.band, b.time_key, row_number() OVER (PARTITION BY b.band ORDER BY b.time_key) AS r
           FROM corpus_bands b
           WHERE b.band IN (SELECT band FROM corpus_bands GROUP BY band HAVING count(*) > @max))
         WHERE r <= @max`,
      ).run({ max: MAX_POSTINGS });
      db.exec('DROP TABLE corpus_postings; DROP TABLE corpus_bands;');
    },
  },
];

/** A fingerprint or band key as an FTS5 word ('ascii' tokenizer: digits, and n before a negative key). */
const tokenOf = (key: number) => (key < 0 ? `n${-key}` : String(key));

/** Sentences per document number: a sentence is the document n·2^20 + its index. */
const SENTENCES = 2 ** 20;

/** The FTS5 documents of a print under document number `n` (each sentence with fingerprints, and its bands),
 * written or, with `deleting`, deleted (FTS5's 'delete' with the words it was written with). */
function docWriter(prepare: (sql: string) => Database.Statement, deleting = false) {
  const fp = deleting
    ? prepare("INSERT INTO corpus_fp_docs (corpus_fp_docs, rowid, words) VALUES ('delete', ?, ?)")
    : prepare('INSERT INTO corpus_fp_docs (rowid, words) VALUES (?, ?)');
  const band = deleting
    ? prepare("INSERT INTO corpus_band_docs (corpus_band_docs, rowid, words) VALUES ('delete', ?, ?)")
    : prepare('INSERT INTO corpus_band_docs (rowid, words) VALUES (?, ?)');
  const doc = deleting
    ? prepare('DELETE FROM corpus_docs WHERE n = ?')
    : prepare('INSERT INTO corpus_docs (n, time_key) VALUES (?, ?)');
  return (n: number, print: ArticlePrint) => {
    if (deleting) doc.run(n);
    else doc.run(n, timeKey(print.time, print.id));
    for (const s of print.sentences) {
      if (s.fps.length === 0) continue;
      if (!Number.isInteger(s.index) || s.index < 0 || s.index >= SENTENCES)
        throw new Error(`corpus index: sentence index ${s.index} out of range`);
      fp.run(n * SENTENCES + s.index, [...new Set(s.fps)].map(tokenOf).join(' '));
    }
    if (print.bands.length) band.run(n, [...new Set(print.bands)].map(tokenOf).join(' '));
  };
}

/** Creates the corpus tables when missing (same schema_migrations table as the store); `until`: only the
 * migrations up to that id (a store in an earlier layout, for tests). */
export function ensureSqliteCorpusTables(db: Database.Database, until?: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((r) => r.id),
  );
  const last = until ? CORPUS_SQLITE_MIGRATIONS.findIndex((m) => m.id === until) : -1;
  for (const m of until ? CORPUS_SQLITE_MIGRATIONS.slice(0, last + 1) : CORPUS_SQLITE_MIGRATIONS) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      if ('fill' in m) m.fill(db);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(
        m.id,
        new Date().toISOString(),
      );
    }).immediate();
  }
}

/** Sorts by time, unknown last, then article id (as compareTimeKeys). */
const timeKey = (time: string | null, article: string) => `${time ?? '\uffff'}\u0000${article}`;
const articleOf = (key: string) => key.slice(key.indexOf('\u0000') + 1);
const timeOf = (key: string) => {
  const t = key.slice(0, key.indexOf('\u0000'));
  return t === '\uffff' ? null : t;
};

/** A print as stored: a sentence's canonical words, when they are its words (no alias in it, most sentences),
 * are stored as 0 (a third of the print's bytes). */
export function packPrint(print: ArticlePrint): string {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((w, i) => w === b[i]);
  if (!print.sentences.some((s) => same(s.words, s.canon))) return JSON.stringify(print);
  return JSON.stringify({
    ...print,
    sentences: print.sentences.map((s) => (same(s.words, s.canon) ? { ...s, canon: 0 } : s)),
  });
}

export function unpackPrint(text: string): ArticlePrint {
  const print = JSON.parse(text) as ArticlePrint;
  for (const s of print.sentences) if ((s.canon as unknown) === 0) s.canon = [...s.words];
  return print;
}

export class SqliteCorpusBackend implements WritablePrintIndex, ReportIndex, ClusterIndex {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {
    ensureSqliteCorpusTables(db);
  }

  /** A prepared statement, prepared once per backend (a fixed set of SQL strings, so the cache is bounded). */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  /** Set inside inBatchTransaction(): writes join the batch's transaction without a savepoint of their own. */
  private batchWrites = false;

  /** Runs `fn` as one transaction (a savepoint inside an open one, so a failed write undoes only itself), or, in a
   * batch transaction, as part of it: a savepoint copies each page it first changes into a statement journal,
   * which cost a sixth of the corpus step's CPU. */
  private write<T>(fn: () => T, immediate = true): T {
    if (this.batchWrites) return fn();
    const tx = this.db.transaction(fn);
    return immediate ? tx.immediate() : tx();
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

  /** `packed`: packPrint(print) made ahead (on the analysis thread that made the print): this thread then neither
   * packs the print nor walks its words. */
  async putPrint(print: ArticlePrint, packed?: string): Promise<void> {
    const old = this.sql('SELECT text_hash FROM corpus_prints WHERE article_id = ?').get(print.id) as
      | { text_hash: string }
      | undefined;
    if (old?.text_hash === print.textHash) return;
    this.write(() => {
      if (old) this.deletePrint(print.id);
      // the next arrival stamp and document number (one writer at a time: stamps commit in order)
      const { n, docs } = this.sql(
        'UPDATE corpus_arrivals SET n = n + 1, docs = docs + 1 RETURNING n, docs',
      ).get() as {
        n: number;
        docs: number;
      };
      this.sql(
        'INSERT INTO corpus_prints (article_id, text_hash, print, seq, doc) VALUES (?, ?, ?, ?, ?)',
      ).run(print.id, print.textHash, packed ?? packPrint(print), n, docs);
      docWriter((sql) => this.sql(sql))(docs, print);
      this.addCapped(print);
    });
  }

  /** A new print's postings under the keys past the cap, where they fall among the first MAX_POSTINGS (an
   * earlier article arriving late); the key's last one is then dropped. */
  private addCapped(print: ArticlePrint): void {
    const tk = timeKey(print.time, print.id);
    const fps = [...new Set(print.sentences.flatMap((s) => s.fps))];
    const cappedFps = this.sql(
      'SELECT value AS key FROM json_each(?) WHERE EXISTS (SELECT 1 FROM corpus_fp_capped c WHERE c.fp = value)',
    ).all(JSON.stringify(fps)) as Array<{ key: number }>;
    if (cappedFps.length) {
      const add = this.sql(
        `INSERT OR IGNORE INTO corpus_fp_capped (fp, time_key, sentence)
         SELECT @key, @tk, @s WHERE (SELECT count(*) FROM corpus_fp_capped WHERE fp = @key) < @max
           OR (@tk, @s) < (SELECT time_key, sentence FROM corpus_fp_capped WHERE fp = @key
                          ORDER BY time_key DESC, sentence DESC LIMIT 1)`,
      );
      const trim = this.sql(
        `DELETE FROM corpus_fp_capped WHERE fp = @key AND (time_key, sentence) >
           (SELECT time_key, sentence FROM corpus_fp_capped WHERE fp = @key ORDER BY time_key, sentence
            LIMIT 1 OFFSET @last)`,
      );
      for (const { key } of cappedFps) {
        let added = 0;
        for (const s of print.sentences)
          if (s.fps.includes(key)) added += add.run({ key, tk, s: s.index, max: MAX_POSTINGS }).changes;
        if (added) trim.run({ key, last: MAX_POSTINGS - 1 });
      }
    }
    const cappedBands = this.sql(
      'SELECT DISTINCT value AS key FROM json_each(?) WHERE EXISTS (SELECT 1 FROM corpus_band_capped c WHERE c.band = value)',
    ).all(JSON.stringify(print.bands)) as Array<{ key: number }>;
    if (cappedBands.length) {
      const add = this.sql(
        `INSERT OR IGNORE INTO corpus_band_capped (band, time_key)
         SELECT @key, @tk WHERE (SELECT count(*) FROM corpus_band_capped WHERE band = @key) < @max
           OR @tk < (SELECT max(time_key) FROM corpus_band_capped WHERE band = @key)`,
      );
      const trim = this.sql(
        `DELETE FROM corpus_band_capped WHERE band = @key AND time_key >
           (SELECT time_key FROM corpus_band_capped WHERE band = @key ORDER BY time_key LIMIT 1 OFFSET @last)`,
      );
      for (const { key } of cappedBands)
        if (add.run({ key, tk, max: MAX_POSTINGS }).changes) trim.run({ key, last: MAX_POSTINGS - 1 });
    }
  }

  /** The postings of each key (`keys` in order, by its FTS5 documents) sorted as the old B-tree rows were: time
   * key, then sentence. Every document of a key is read: the keys past the cap are read from their tables. */
  private fromDocs(
    kind: 'fp' | 'band',
    keys: readonly number[],
  ): Map<number, Array<{ time_key: string; sentence: number }>> {
    const out = new Map<number, Array<{ time_key: string; sentence: number }>>();
    if (keys.length === 0) return out;
    const stmt =
      kind === 'fp'
        ? this.sql(
            `SELECT j.key AS k, d.time_key AS time_key, f.rowid & ${SENTENCES - 1} AS sentence
             FROM json_each(?) j JOIN corpus_fp_docs f ON f.corpus_fp_docs MATCH j.value
             JOIN corpus_docs d ON d.n = f.rowid >> 20
             ORDER BY j.key, d.time_key, sentence`,
          )
        : this.sql(
            `SELECT j.key AS k, d.time_key AS time_key, -1 AS sentence
             FROM json_each(?) j JOIN corpus_band_docs f ON f.corpus_band_docs MATCH j.value
             JOIN corpus_docs d ON d.n = f.rowid
             ORDER BY j.key, d.time_key`,
          );
    const rows = stmt.all(JSON.stringify(keys.map((k) => `"${tokenOf(k)}"`))) as Array<{
      k: number;
      time_key: string;
      sentence: number;
    }>;
    for (const r of rows) {
      const key = keys[r.k] as number;
      let list = out.get(key);
      if (!list) {
        list = [];
        out.set(key, list);
      }
      list.push({ time_key: r.time_key, sentence: r.sentence });
    }
    return out;
  }

  /** The keys' first MAX_POSTINGS postings (as fromDocs) written to the capped table, replacing what it held. */
  private fillCapped(kind: 'fp' | 'band', keys: readonly number[]): void {
    const docs = this.fromDocs(kind, keys);
    const clear =
      kind === 'fp'
        ? this.sql('DELETE FROM corpus_fp_capped WHERE fp = ?')
        : this.sql('DELETE FROM corpus_band_capped WHERE band = ?');
    const put =
      kind === 'fp'
        ? this.sql('INSERT INTO corpus_fp_capped (fp, time_key, sentence) VALUES (?, ?, ?)')
        : this.sql('INSERT INTO corpus_band_capped (band, time_key) VALUES (?, ?)');
    for (const key of keys) {
      clear.run(key);
      for (const r of (docs.get(key) ?? []).slice(0, MAX_POSTINGS))
        if (kind === 'fp') put.run(key, r.time_key, r.sentence);
        else put.run(key, r.time_key);
    }
  }

  /** Keys a lookup found past the cap get their capped rows, so that later lookups read MAX_POSTINGS rows, not
   * every document; in a transaction of its own when none is open (not waiting for another writer). When the
   * write cannot be made (a read-only store, a busy one), the keys stay as they are: lookups are the same, only
   * not bounded yet. */
  private capKeys(kind: 'fp' | 'band', keys: readonly number[]): void {
    if (keys.length === 0 || this.db.readonly) return;
    const wait = this.db.inTransaction ? null : (this.db.pragma('busy_timeout', { simple: true }) as number);
    try {
      if (wait !== null) this.db.pragma('busy_timeout = 0');
      // read again inside the write: another writer may have changed the key since the lookup read it
      this.write(() => this.fillCapped(kind, keys));
    } catch {
      // left uncapped (see above)
    } finally {
      if (wait !== null) this.db.pragma(`busy_timeout = ${wait}`);
    }
  }

  /** Postings of `keys` (unique), the capped table first, the documents for the other keys. */
  private postingsOf(
    kind: 'fp' | 'band',
    keys: readonly number[],
  ): Map<number, Array<{ time_key: string; sentence: number }>> {
    const capped =
      kind === 'fp'
        ? this.sql(
            `SELECT fp AS key, time_key, sentence FROM corpus_fp_capped
             WHERE fp IN (SELECT value FROM json_each(?)) ORDER BY fp, time_key, sentence`,
          )
        : this.sql(
            `SELECT band AS key, time_key, -1 AS sentence FROM corpus_band_capped
             WHERE band IN (SELECT value FROM json_each(?)) ORDER BY band, time_key`,
          );
    const out = new Map<number, Array<{ time_key: string; sentence: number }>>();
    for (const r of capped.all(JSON.stringify(keys)) as Array<{
      key: number;
      time_key: string;
      sentence: number;
    }>) {
      let list = out.get(r.key);
      if (!list) {
        list = [];
        out.set(r.key, list);
      }
      list.push({ time_key: r.time_key, sentence: r.sentence });
    }
    const docs = this.fromDocs(
      kind,
      keys.filter((k) => !out.has(k)),
    );
    const past: number[] = [];
    for (const [key, list] of docs) {
      out.set(key, list);
      if (list.length > MAX_POSTINGS) past.push(key);
    }
    this.capKeys(kind, past);
    return out;
  }

  private deletePrint(id: string): void {
    const row = this.sql('SELECT print, doc FROM corpus_prints WHERE article_id = ?').get(id) as
      | { print: string; doc: number | null }
      | undefined;
    if (!row) return;
    const old = unpackPrint(row.print);
    const tk = timeKey(old.time, id);
    if (row.doc !== null) docWriter((sql) => this.sql(sql), true)(row.doc, old);
    this.sql('DELETE FROM corpus_prints WHERE article_id = ?').run(id);
    // a key past the cap that held this print among its first postings: its next ones take the place
    const fps = [...new Set(old.sentences.flatMap((s) => s.fps))];
    const gone = (sql: string, keys: readonly number[]) => [
      ...new Set((this.sql(sql).all(JSON.stringify(keys), tk) as Array<{ key: number }>).map((r) => r.key)),
    ];
    this.fillCapped(
      'fp',
      gone(
        'DELETE FROM corpus_fp_capped WHERE fp IN (SELECT value FROM json_each(?)) AND time_key = ? RETURNING fp AS key',
        fps,
      ),
    );
    this.fillCapped(
      'band',
      gone(
        'DELETE FROM corpus_band_capped WHERE band IN (SELECT value FROM json_each(?)) AND time_key = ? RETURNING band AS key',
        old.bands,
      ),
    );
  }

  async removePrint(id: string): Promise<void> {
    this.write(() => this.deletePrint(id));
  }

  async getPrint(id: string): Promise<ArticlePrint | null> {
    const row = this.sql('SELECT print FROM corpus_prints WHERE article_id = ?').get(id) as
      | { print: string }
      | undefined;
    return row ? unpackPrint(row.print) : null;
  }

  async getCopyOf(id: string): Promise<string | null | undefined> {
    const row = this.sql('SELECT copy_known, copy_of FROM corpus_prints WHERE article_id = ?').get(id) as
      | { copy_known: number; copy_of: string | null }
      | undefined;
    return row?.copy_known ? row.copy_of : undefined;
  }

  /** The stamp is never above the arrivals' count (a stamp read inside a batch later rolled back). */
  async putCopyOf(id: string, copyOf: string | null, stamp?: number): Promise<void> {
    this.sql(
      `UPDATE corpus_prints SET copy_known = 1, copy_of = ?,
         copy_seq = min(coalesce(?, n), n) FROM (SELECT n FROM corpus_arrivals) WHERE article_id = ?`,
    ).run(copyOf, stamp ?? null, id);
  }

  async printsArrivedAfter(stamp: number): Promise<Array<{ print: ArticlePrint; stamp: number }> | null> {
    if (this.db.inTransaction) return null;
    return (
      this.sql('SELECT print, seq FROM corpus_prints WHERE seq > ? ORDER BY seq').all(stamp) as Array<{
        print: string;
        seq: number;
      }>
    ).map((r) => ({ print: unpackPrint(r.print), stamp: r.seq }));
  }

  async printStamp(): Promise<number> {
    return (this.sql('SELECT n FROM corpus_arrivals').get() as { n: number }).n;
  }

  async getCopyStatus(id: string): Promise<CopyStatus | undefined> {
    const row = this.sql('SELECT copy_known, copy_of, copy_seq FROM corpus_prints WHERE article_id = ?').get(
      id,
    ) as { copy_known: number; copy_of: string | null; copy_seq: number | null } | undefined;
    return row?.copy_known ? { copyOf: row.copy_of, stamp: row.copy_seq ?? 0 } : undefined;
  }

  async arrivedAfter(ids: readonly string[], stamp: number): Promise<string[]> {
    if (ids.length === 0) return [];
    return (
      this.sql(
        'SELECT article_id FROM corpus_prints WHERE article_id IN (SELECT value FROM json_each(?)) AND seq > ?',
      ).all(JSON.stringify(ids), stamp) as Array<{ article_id: string }>
    ).map((r) => r.article_id);
  }

  async anyCopyKnown(): Promise<boolean> {
    return this.sql('SELECT 1 FROM corpus_prints WHERE copy_known = 1 LIMIT 1').get() !== undefined;
  }

  async forgetCopyOf(ids: readonly string[]): Promise<void> {
    const stmt = this.sql(
      'UPDATE corpus_prints SET copy_known = 0, copy_of = NULL WHERE article_id = ? AND copy_known = 1',
    );
    this.write(() => {
      for (const id of ids) stmt.run(id);
    }, false);
  }

  /** Records which store version of the article the print was made from. */
  setSourceHash(id: string, hash: string): void {
    this.sql('UPDATE corpus_prints SET source_hash = ? WHERE article_id = ?').run(hash, id);
  }

  async lookupFingerprints(fps: readonly number[]): Promise<Map<number, Posting[]>> {
    const unique = [...new Set(fps)];
    const found = this.postingsOf('fp', unique);
    const out = new Map<number, Posting[]>();
    for (const fp of unique) {
      const list = found.get(fp);
      if (list?.length)
        out.set(
          fp,
          list.slice(0, MAX_POSTINGS).map((r) => ({
            article: articleOf(r.time_key),
            sentence: r.sentence,
            time: timeOf(r.time_key),
          })),
        );
    }
    return out;
  }

  async lookupBands(keys: readonly number[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const found = this.postingsOf('band', [...new Set(keys)]);
    const ids = new Set<string>();
    for (const key of keys)
      for (const r of (found.get(key) ?? []).slice(0, MAX_POSTINGS)) ids.add(articleOf(r.time_key));
    return [...ids];
  }

  async putReports(reports: StoredReport[]): Promise<void> {
    const put = this.sql(
      'INSERT OR REPLACE INTO corpus_reports (quote_id, speaker_key, article_id, report) VALUES (?, ?, ?, ?)',
    );
    this.write(() => {
      for (const r of reports) put.run(r.quoteId, r.speakerKey, r.article, JSON.stringify(r));
    });
  }

  async removeArticleReports(article: string): Promise<string[]> {
    const keys = this.sql('SELECT DISTINCT speaker_key FROM corpus_reports WHERE article_id = ?').all(
      article,
    ) as Array<{ speaker_key: string }>;
    if (keys.length) this.sql('DELETE FROM corpus_reports WHERE article_id = ?').run(article);
    return keys.map((k) => k.speaker_key);
  }

  async getBlock(speakerKey: string): Promise<StoredReport[]> {
    const rows = this.sql('SELECT report FROM corpus_reports WHERE speaker_key = ?').all(
      speakerKey,
    ) as Array<{ report: string }>;
    return rows.map((r) => JSON.parse(r.report) as StoredReport);
  }

  async speakerKeys(): Promise<string[]> {
    return (
      this.sql('SELECT DISTINCT speaker_key FROM corpus_reports ORDER BY speaker_key').all() as Array<{
        speaker_key: string;
      }>
    ).map((r) => r.speaker_key);
  }

  async findByTextKeys(keys: readonly number[]): Promise<StoredReport[]> {
    if (keys.length === 0) return [];
    // the variants having a key, then their reports in their speakers' blocks; in the order of their least
    // matching key, then quote id (the order of the per-report key table this replaces)
    const rows = this.sql(
      `SELECT v.speaker_key AS speaker_key, v.variant_key AS variant_key, min(k.key) AS key
       FROM corpus_variant_keys k JOIN corpus_variants v ON v.variant_key = k.variant_key
       WHERE k.key IN (SELECT value FROM json_each(?)) GROUP BY v.variant_key`,
    ).all(JSON.stringify(keys)) as Array<{ speaker_key: string; variant_key: string; key: number }>;
    const bySpeaker = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const map = bySpeaker.get(r.speaker_key);
      if (map) map.set(r.variant_key, r.key);
      else bySpeaker.set(r.speaker_key, new Map([[r.variant_key, r.key]]));
    }
    const found = [];
    for (const [speaker, variants] of bySpeaker)
      found.push(...reportsOfVariants(await this.getBlock(speaker), variants));
    return inReportOrder(found);
  }

  /** Stored articles not indexed yet, or changed since (id and the store's version hash); only `ids` when given. */
  staleArticles(ids?: readonly string[]): Array<{ id: string; hash: string }> {
    const only = ids ? 'AND a.id IN (SELECT value FROM json_each(?))' : '';
    return this.sql(
      `SELECT a.id AS id, a.text_hash || ':' || a.analysis_version AS hash FROM articles a
         LEFT JOIN corpus_prints p ON p.article_id = a.id
         WHERE (p.article_id IS NULL OR p.source_hash IS NULL OR p.source_hash <> a.text_hash || ':' || a.analysis_version) ${only}
         ORDER BY a.id`,
    ).all(...(ids ? [JSON.stringify(ids)] : [])) as Array<{ id: string; hash: string }>;
  }

  /** One transaction around `fn` (the backend's own transactions inside it become savepoints). A sync of a
   * batch then commits once instead of three times per article. */
  async inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn();
      this.db.exec('COMMIT');
      return out;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /**
   * `fn` as one transaction whose writes take no savepoints (see write()). Null, with nothing written, when a write
   * failed or `keep` refuses the result (a batch with an error), or when a transaction is already open: the caller
   * then runs the batch again through inTransaction(), where a failed write undoes only itself, so the store ends
   * up as that alone would leave it.
   */
  async inBatchTransaction<T>(fn: () => Promise<T>, keep: (out: T) => boolean): Promise<T | null> {
    if (this.db.inTransaction) return null;
    this.db.exec('BEGIN IMMEDIATE');
    this.batchWrites = true;
    try {
      const out = await fn();
      this.batchWrites = false;
      if (keep(out)) {
        this.db.exec('COMMIT');
        return out;
      }
    } catch {
      // rolled back below; the careful run reports the error
    } finally {
      this.batchWrites = false;
    }
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    return null;
  }

  async getVariants(keys: readonly string[]): Promise<Map<string, ClusterVariantRow>> {
    const rows = this.sql(
      'SELECT * FROM corpus_variants WHERE variant_key IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(keys)) as VariantDbRow[];
    return new Map(rows.map((r) => [r.variant_key, toVariant(r)]));
  }

  async matchGrams(grams: readonly number[]): Promise<GramMatch[]> {
    if (grams.length === 0) return [];
    return this.sql(
      `SELECT variant_key AS key, count(*) AS shared, length, distinct_grams AS "distinct", repeats
       FROM corpus_variant_grams WHERE gram IN (SELECT DISTINCT value FROM json_each(?)) GROUP BY variant_key`,
    ).all(JSON.stringify(grams)) as GramMatch[];
  }

  async getHeads(ids: readonly string[]): Promise<Map<string, ClusterHead>> {
    const rows = this.sql(
      'SELECT cluster_id, head_time, head_quote FROM corpus_clusters WHERE cluster_id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(ids)) as Array<{ cluster_id: string; head_time: string | null; head_quote: string }>;
    return new Map(rows.map((r) => [r.cluster_id, { time: r.head_time, quoteId: r.head_quote }]));
  }

  async writeClusters(write: ClusterWrite): Promise<void> {
    const relabel = this.sql('UPDATE corpus_variants SET cluster_id = ? WHERE cluster_id = ?');
    const dropHead = this.sql('DELETE FROM corpus_clusters WHERE cluster_id = ?');
    const putVariant = this.sql(
      'INSERT OR REPLACE INTO corpus_variants (variant_key, speaker_key, words, cluster_id) VALUES (?, ?, ?, ?)',
    );
    const putGrams = this.sql(
      `INSERT OR IGNORE INTO corpus_variant_grams (gram, variant_key, length, distinct_grams, repeats)
       SELECT value, ?, ?, ?, ? FROM json_each(?)`,
    );
    const putKeys = this.sql(
      'INSERT OR IGNORE INTO corpus_variant_keys (key, variant_key) SELECT value, ? FROM json_each(?)',
    );
    const putHead = this.sql(
      'INSERT OR REPLACE INTO corpus_clusters (cluster_id, speaker_key, head_time, head_quote) VALUES (?, ?, ?, ?)',
    );
    this.write(() => {
      for (const [from, to] of write.relabel) {
        relabel.run(to, from);
        dropHead.run(from);
      }
      for (const { row, grams, stats } of write.variants) {
        putVariant.run(row.key, row.speakerKey, row.words.join(' '), row.clusterId);
        putGrams.run(row.key, stats.length, stats.distinct, stats.repeats, JSON.stringify(grams));
        putKeys.run(row.key, JSON.stringify(textKeysOfWords(row.words)));
      }
      for (const [id, h] of write.heads) putHead.run(id, write.speakerKey, h.time, h.quoteId);
    });
  }

  async clearSpeaker(speakerKey: string): Promise<void> {
    this.write(() => {
      const del = this.sql(
        'DELETE FROM corpus_variant_grams WHERE gram IN (SELECT value FROM json_each(?)) AND variant_key = ?',
      );
      const rows = this.sql('SELECT * FROM corpus_variants WHERE speaker_key = ?').all(
        speakerKey,
      ) as VariantDbRow[];
      const delKeys = this.sql(
        'DELETE FROM corpus_variant_keys WHERE key IN (SELECT value FROM json_each(?)) AND variant_key = ?',
      );
      for (const v of rows.map(toVariant)) {
        del.run(JSON.stringify(gramKeys(speakerKey, v.words)), v.key);
        delKeys.run(JSON.stringify(textKeysOfWords(v.words)), v.key);
      }
      this.sql('DELETE FROM corpus_variants WHERE speaker_key = ?').run(speakerKey);
      this.sql('DELETE FROM corpus_clusters WHERE speaker_key = ?').run(speakerKey);
    });
  }

  async isEmpty(): Promise<boolean> {
    return this.sql('SELECT 1 FROM corpus_clusters LIMIT 1').get() === undefined;
  }

  /** The stored quotes of these articles (fields the corpus step needs). */
  storedQuotesOf(ids: readonly string[]): StoredQuoteReport[] {
    if (ids.length === 0) return [];
    return this.sql(
      `SELECT id, article_id AS article, type, content, speaker, speaker_id AS speakerId FROM quotes
       WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start, id`,
    ).all(JSON.stringify(ids)) as StoredQuoteReport[];
  }

  /** Replaces cluster ids in the store's quotes table (a merge, or a new earliest report). */
  relabelClusterIds(relabel: ReadonlyMap<string, string>): void {
    const stmt = this.sql('UPDATE quotes SET cluster_id = ? WHERE cluster_id = ?');
    this.write(() => {
      for (const [from, to] of relabel) stmt.run(to, from);
    });
  }

  /** Writes cluster ids into the store's quotes table (rows already carrying the id are left alone). */
  setClusterIds(ids: ReadonlyMap<string, string>): void {
    const stmt = this.sql('UPDATE quotes SET cluster_id = ? WHERE id = ? AND cluster_id IS NOT ?');
    this.write(() => {
      for (const [quoteId, clusterId] of ids) stmt.run(clusterId, quoteId, clusterId);
    });
  }
}
