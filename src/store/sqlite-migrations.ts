// The SQLite schema as an append-only list: each migration runs once, in order, inside a transaction, and is
// recorded in schema_migrations. To add tables (clusters, provenance…), append an entry; never edit a shipped one.

export interface SqliteMigration {
  id: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: SqliteMigration[] = [
  {
    id: '001-articles-quotes-speakers',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        date TEXT,
        published TEXT,
        title TEXT,
        url TEXT,
        outlet TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        analysis TEXT NOT NULL,
        analysis_version INTEGER NOT NULL,
        quote_count INTEGER NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE INDEX articles_outlet_date ON articles (outlet, date);
      CREATE INDEX articles_date ON articles (date);

      CREATE TABLE quotes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL,
        type TEXT NOT NULL,
        content TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        speaker TEXT,
        mention TEXT,
        mention_start INTEGER,
        mention_end INTEGER,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        "when" TEXT,
        published TEXT,
        outlet TEXT,
        sort_date TEXT NOT NULL,
        date_last TEXT NOT NULL,
        speaker_id TEXT,
        cluster_id TEXT
      );
      CREATE INDEX quotes_article ON quotes (article_id);
      CREATE INDEX quotes_date ON quotes (sort_date, id);
      CREATE INDEX quotes_speaker_date ON quotes (speaker_id, sort_date, id);
      CREATE INDEX quotes_speaker_name ON quotes (speaker COLLATE NOCASE);
      CREATE INDEX quotes_outlet_date ON quotes (outlet COLLATE NOCASE, sort_date, id);
      CREATE INDEX quotes_cluster ON quotes (cluster_id);

      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        content, speaker, content='quotes', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, content, speaker) VALUES (new.seq, new.content, new.speaker);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, content, speaker) VALUES ('delete', old.seq, old.content, old.speaker);
      END;
      CREATE TRIGGER quotes_fts_update AFTER UPDATE OF content, speaker ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, content, speaker) VALUES ('delete', old.seq, old.content, old.speaker);
        INSERT INTO quotes_fts (rowid, content, speaker) VALUES (new.seq, new.content, new.speaker);
      END;

      CREATE TABLE speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        roles TEXT NOT NULL DEFAULT '[]'
      );
      CREATE TABLE speaker_keys (
        key TEXT NOT NULL,
        speaker_id TEXT NOT NULL,
        PRIMARY KEY (key, speaker_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Speaker counts kept up to date on write (listing speakers must not group every quote), a covering index
    // for recounting one speaker, and exact-name lookups of speakers.
    id: '002-speaker-stats',
    sql: `
      CREATE TABLE speaker_stats (
        speaker_id TEXT PRIMARY KEY,
        quote_count INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        first TEXT,
        last TEXT
      ) WITHOUT ROWID;
      CREATE INDEX speaker_stats_count ON speaker_stats (quote_count DESC, speaker_id);
      DROP INDEX quotes_speaker_date;
      CREATE INDEX quotes_speaker_date ON quotes (speaker_id, sort_date, id, article_id);
      CREATE INDEX speakers_name ON speakers (name COLLATE NOCASE);
      INSERT INTO speaker_stats (speaker_id, quote_count, article_count, first, last)
        SELECT speaker_id, count(*), count(DISTINCT article_id), min(nullif(sort_date, '')), max(nullif(sort_date, ''))
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id;
    `,
  },
];
