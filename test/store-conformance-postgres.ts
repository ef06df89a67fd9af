// Which PostgreSQL the store tests use: ONRECORD_TEST_PG (must answer) or the default test server (skip if absent).
import pg from 'pg';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

/** The PostgreSQL URL to test against, or the reason to skip. */
export async function findTestPostgres(): Promise<{ url: string } | { skip: string }> {
  const url = process.env.ONRECORD_TEST_PG || DEFAULT_PG;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (err) {
    if (process.env.ONRECORD_TEST_PG)
      throw new Error(`ONRECORD_TEST_PG=${url} does not answer: ${String(err)}`);
    return { skip: `no PostgreSQL at ${url} (set ONRECORD_TEST_PG to require one)` };
  } finally {
    await client.end().catch(() => {});
  }
}

export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}
