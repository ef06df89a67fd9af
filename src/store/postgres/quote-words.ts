// quote_words (migration 004): how many quotes hold each lexeme of quotes.tsv. Written in the same transaction
// as the quotes, so a one-word search reads its total from one row instead of visiting each of its matches.
import type pg from 'pg';

/** Lexemes of some articles' stored quotes, with how many of those quotes hold each. */
export interface WordCounts {
  words: string[];
  quotes: number[];
}

/** The lexeme counts of the quotes now stored for these articles (read before they are replaced). */
export async function readWordCounts(client: pg.PoolClient, articleIds: string[]): Promise<WordCounts> {
  // one row of two arrays: a rewritten batch has thousands of words
  const { rows } = await client.query<WordCounts>(
    `SELECT coalesce(array_agg(word), '{}') AS words, coalesce(array_agg(n), '{}') AS quotes FROM (
       SELECT w.lexeme AS word, count(*)::int AS n FROM quotes q, unnest(q.tsv) w
       WHERE q.article_id = ANY($1::text[]) GROUP BY w.lexeme
     ) c`,
    [articleIds],
  );
  return rows[0] ?? { words: [], quotes: [] };
}

/**
 * Adds the lexemes of the quotes now stored for these articles and takes away `removed` (their quotes before).
 * Rows are written in word order, so concurrent writers lock shared words in the same order.
 */
export async function updateWordCounts(
  client: pg.PoolClient,
  articleIds: string[],
  removed: WordCounts,
): Promise<void> {
  await client.query(
    `INSERT INTO quote_words AS old (word, quotes)
     SELECT word, sum(n)::int FROM (
       SELECT o.word, -o.n AS n FROM unnest($2::text[], $3::int[]) AS o(word, n)
       UNION ALL
       SELECT w.lexeme, count(*) FROM quotes q, unnest(q.tsv) w WHERE q.article_id = ANY($1::text[]) GROUP BY w.lexeme
     ) d GROUP BY word HAVING sum(n) <> 0 ORDER BY word
     ON CONFLICT (word) DO UPDATE SET quotes = old.quotes + EXCLUDED.quotes`,
    [articleIds, removed.words, removed.quotes],
  );
}

/**
 * The capped total of a search on `tsquery` alone (an SQL expression such as `websearch_to_tsquery(…)`): read from
 * quote_words when it is one lexeme (`"expected"` → 'expect'), else counted (`heapCount`, a scalar subquery).
 * A one-lexeme tsquery prints as a quoted lexeme, which reads back as a one-lexeme tsvector.
 */
export function wordCountSql(tsquery: string, limit: number, heapCount: string): string {
  return `CASE WHEN numnode(${tsquery}) = 1
    THEN coalesce((SELECT least(w.quotes, ${limit}) FROM quote_words w
      WHERE w.word = (tsvector_to_array(${tsquery}::text::tsvector))[1]), 0)
    ELSE ${heapCount} END`;
}
