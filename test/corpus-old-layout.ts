// The SQLite corpus tables as they were before corpus-008-fts-postings: fingerprint postings and band keys as
// B-tree rows, written and looked up by the statements of that code, to compare the FTS5 layout against.
import type Database from 'better-sqlite3';
import type { ArticlePrint } from '../src/corpus/fingerprint-article.js';
import { MAX_POSTINGS, type Posting } from '../src/corpus/print-index.js';
import { ensureSqliteCorpusTables, packPrint, unpackPrint } from '../src/store/sqlite/corpus-tables.js';

const timeKey = (time: string | null, article: string) => `${time ?? '\uffff'}\u0000${article}`;

/** A store with the migrations before the FTS5 layout (the old posting and band tables). */
export function oldLayoutStore(db: Database.Database): void {
  ensureSqliteCorpusTables(db, 'corpus-007-arrival-stamps');
}

/** The old putPrint's rows (a print stored under the id is replaced). */
export function putOldPrint(db: Database.Database, print: ArticlePrint): void {
  removeOldPrint(db, print.id);
  const { n } = db.prepare('UPDATE corpus_arrivals SET n = n + 1 RETURNING n').get() as { n: number };
  db.prepare('INSERT INTO corpus_prints (article_id, text_hash, print, seq) VALUES (?, ?, ?, ?)').run(
    print.id,
    print.textHash,
    packPrint(print),
    n,
  );
  putOldRows(db, print);
}

/** The old posting and band rows of a print. */
export function putOldRows(db: Database.Database, print: ArticlePrint): void {
  const tk = timeKey(print.time, print.id);
  const posting = db.prepare(
    'INSERT OR IGNORE INTO corpus_postings (fp, time_key, article_id, sentence) VALUES (?, ?, ?, ?)',
  );
  for (const s of print.sentences) for (const fp of s.fps) posting.run(fp, tk, print.id, s.index);
  const band = db.prepare('INSERT OR IGNORE INTO corpus_bands (band, time_key, article_id) VALUES (?, ?, ?)');
  for (const b of print.bands) band.run(b, tk, print.id);
}

export function removeOldPrint(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM corpus_postings WHERE article_id = ?').run(id);
  db.prepare('DELETE FROM corpus_bands WHERE article_id = ?').run(id);
  db.prepare('DELETE FROM corpus_prints WHERE article_id = ?').run(id);
}

/** The old lookupFingerprints, statement and trimming as they were. */
export function oldLookupFingerprints(db: Database.Database, fps: readonly number[]): Map<number, Posting[]> {
  const unique = [...new Set(fps)];
  const out = new Map<number, Posting[]>();
  if (unique.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT p.fp AS fp, p.time_key AS time_key, p.article_id AS article_id, p.sentence AS sentence
       FROM json_each(?) j JOIN corpus_postings p ON p.fp = j.value
       WHERE p.time_key <= coalesce(
         (SELECT q.time_key FROM corpus_postings q WHERE q.fp = j.value ORDER BY q.time_key LIMIT 1 OFFSET ?),
         char(65535, 65535))
       ORDER BY j.key, p.time_key, p.sentence`,
    )
    .all(JSON.stringify(unique), MAX_POSTINGS - 1) as Array<{
    fp: number;
    time_key: string;
    article_id: string;
    sentence: number;
  }>;
  for (const r of rows) {
    let list = out.get(r.fp);
    if (!list) {
      list = [];
      out.set(r.fp, list);
    }
    const t = r.time_key.slice(0, r.time_key.indexOf('\u0000'));
    if (list.length < MAX_POSTINGS)
      list.push({ article: r.article_id, sentence: r.sentence, time: t === '\uffff' ? null : t });
  }
  return out;
}

/** The old lookupBands. */
export function oldLookupBands(db: Database.Database, keys: readonly number[]): string[] {
  if (keys.length === 0) return [];
  const ids = new Set<string>();
  for (const r of db
    .prepare(
      `SELECT b.article_id AS article_id FROM json_each(?) j JOIN corpus_bands b ON b.band = j.value
       WHERE b.time_key <= coalesce(
         (SELECT c.time_key FROM corpus_bands c WHERE c.band = j.value ORDER BY c.time_key LIMIT 1 OFFSET ?),
         char(65535, 65535))
       ORDER BY j.key, b.time_key`,
    )
    .all(JSON.stringify(keys), MAX_POSTINGS - 1) as Array<{ article_id: string }>)
    ids.add(r.article_id);
  return [...ids];
}

/** A store in the current layout taken back to the old one (before corpus-008), its rows made from its prints. */
export function revertToOldLayout(db: Database.Database): void {
  const prints = (db.prepare('SELECT print FROM corpus_prints').all() as Array<{ print: string }>).map((r) =>
    unpackPrint(r.print),
  );
  db.exec(`
    DROP TABLE corpus_fp_docs;
    DROP TABLE corpus_band_docs;
    DROP TABLE corpus_docs;
    DROP TABLE corpus_fp_capped;
    DROP TABLE corpus_band_capped;
    ALTER TABLE corpus_prints DROP COLUMN doc;
    ALTER TABLE corpus_arrivals DROP COLUMN docs;
    CREATE TABLE corpus_postings (
      fp INTEGER NOT NULL,
      time_key TEXT NOT NULL,
      article_id TEXT NOT NULL,
      sentence INTEGER NOT NULL,
      PRIMARY KEY (fp, time_key, article_id, sentence)
    ) WITHOUT ROWID;
    CREATE TABLE corpus_bands (
      band INTEGER NOT NULL,
      time_key TEXT NOT NULL,
      article_id TEXT NOT NULL,
      PRIMARY KEY (band, time_key, article_id)
    ) WITHOUT ROWID;
    DELETE FROM schema_migrations WHERE id = 'corpus-008-fts-postings';
  `);
  for (const p of prints) putOldRows(db, p);
}
