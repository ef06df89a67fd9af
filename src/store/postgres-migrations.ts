// The PostgreSQL schema as an append-only list (see sqlite-migrations.ts). Laid out for Citus: articles and
// quotes are distributed by article id and co-located, every primary key includes it; speakers and their lookup
// keys are small reference tables; the job queue stays a local table on the coordinator.
// On plain PostgreSQL the Citus step is skipped.

export interface PostgresMigration {
  id: string;
  sql: string;
}

export const POSTGRES_MIGRATIONS: PostgresMigration[] = [
  {
    id: '001-articles-quotes-speakers',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        date text,
        published text,
        title text,
        url text,
        outlet text,
        text text NOT NULL,
        text_hash text NOT NULL,
        analysis json NOT NULL,
        analysis_version integer NOT NULL,
        quote_count integer NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX articles_outlet_date ON articles (outlet, date);
      CREATE INDEX articles_date ON articles (date);

      CREATE TABLE quotes (
        article_id text NOT NULL,
        id text NOT NULL,
        type text NOT NULL,
        content text NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        speaker text,
        mention text,
        mention_start integer,
        mention_end integer,
        cue text,
        cue_start integer,
        cue_end integer,
        "when" text,
        published text,
        outlet text,
        sort_date text NOT NULL,
        date_last text NOT NULL,
        speaker_id text,
        cluster_id text,
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', content || ' ' || coalesce(speaker, ''))) STORED,
        PRIMARY KEY (article_id, id)
      );
      CREATE INDEX quotes_date ON quotes (sort_date DESC, id DESC);
      CREATE INDEX quotes_speaker_date ON quotes (speaker_id, sort_date DESC, id DESC);
      CREATE INDEX quotes_speaker_name ON quotes (lower(speaker));
      CREATE INDEX quotes_outlet_date ON quotes (lower(outlet), sort_date DESC, id DESC);
      CREATE INDEX quotes_cluster ON quotes (cluster_id);
      CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

      CREATE TABLE speakers (
        id text PRIMARY KEY,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        roles text[] NOT NULL DEFAULT '{}'
      );
      CREATE TABLE speaker_keys (
        key text NOT NULL,
        speaker_id text NOT NULL,
        PRIMARY KEY (key, speaker_id)
      );

      -- lz4 (PostgreSQL 14+, when built with it) compresses the large text and analysis values far faster than pglz.
      DO $lz4$
      BEGIN
        ALTER TABLE articles ALTER COLUMN analysis SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4;
      EXCEPTION WHEN OTHERS THEN NULL;
      END
      $lz4$;

      DO $citus$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
          PERFORM create_distributed_table('articles', 'id');
          PERFORM create_distributed_table('quotes', 'article_id', colocate_with => 'articles');
          PERFORM create_reference_table('speakers');
          PERFORM create_reference_table('speaker_keys');
        END IF;
      END
      $citus$;
    `,
  },
  {
    id: '002-job-queue',
    sql: `
      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        queue text NOT NULL DEFAULT 'analyze',
        payload jsonb NOT NULL,
        items integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        failed boolean NOT NULL DEFAULT false,
        stored integer,
        unchanged integer,
        errors jsonb NOT NULL DEFAULT '[]',
        last_error text
      );
      CREATE INDEX jobs_pending ON jobs (queue, id) WHERE done_at IS NULL;
      -- One row each time a worker takes a job, written outside the job's transaction so that it survives the
      -- worker being killed: a job that keeps killing its workers is given up after a few attempts.
      CREATE TABLE job_attempts (
        job_id bigint NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        worker text NOT NULL
      );
      CREATE INDEX job_attempts_job ON job_attempts (job_id);
    `,
  },
  {
    // Speaker counts kept up to date on write (see sqlite-migrations.ts 002); a reference table on Citus.
    id: '003-speaker-stats',
    sql: `
      CREATE TABLE speaker_stats (
        speaker_id text PRIMARY KEY,
        quote_count integer NOT NULL,
        article_count integer NOT NULL,
        first text,
        last text
      );
      CREATE INDEX speaker_stats_count ON speaker_stats (quote_count DESC, speaker_id);
      DROP INDEX quotes_speaker_date;
      CREATE INDEX quotes_speaker_date ON quotes (speaker_id, sort_date DESC, id DESC) INCLUDE (article_id);
      CREATE INDEX speakers_name ON speakers (lower(name));
      INSERT INTO speaker_stats (speaker_id, quote_count, article_count, first, last)
        SELECT speaker_id, count(*), count(DISTINCT article_id), min(nullif(sort_date, '')), max(nullif(sort_date, ''))
        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id;
      DO $citus$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
          PERFORM create_reference_table('speaker_stats');
        END IF;
      END
      $citus$;
    `,
  },
  {
    // How many quotes hold each word of the search index (the lexemes of quotes.tsv), kept up to date on write:
    // a one-word search ('expected' → 'expect') reads its capped total here instead of visiting every match.
    // Search settings: no parallel workers on quotes (a search reads few rows; starting workers cost more), and
    // a short pending list for the word index (every search reads all of it; 4 MB by default).
    id: '004-quote-words',
    sql: `
      CREATE TABLE quote_words (
        word text PRIMARY KEY,
        quotes integer NOT NULL
      );
      INSERT INTO quote_words (word, quotes)
        SELECT w.lexeme, count(*) FROM quotes q, unnest(q.tsv) w GROUP BY w.lexeme;
      DO $settings$
      BEGIN
        ALTER TABLE quotes SET (parallel_workers = 0);
        ALTER INDEX quotes_tsv SET (gin_pending_list_limit = 256);
        PERFORM gin_clean_pending_list('quotes_tsv');
      EXCEPTION WHEN OTHERS THEN NULL;
      END
      $settings$;
      DO $citus$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
          PERFORM create_reference_table('quote_words');
        END IF;
      END
      $citus$;
    `,
  },
];
