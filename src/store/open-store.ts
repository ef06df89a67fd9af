// One entry point for every command: a file path (default ./onrecord.db) opens SQLite, a postgres:// URL opens
// PostgreSQL. The store is initialised (migrated) before it is returned.
import { existsSync } from 'node:fs';
import type { Store } from './store.js';

export const DEFAULT_DB = './onrecord.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

export interface OpenStoreOptions {
  /** Read commands: refuse a SQLite path with no file instead of creating an empty store there. */
  mustExist?: boolean;
}

export async function openStore(target: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { PostgresStore } = await import('./postgres-store.js');
    const store = new PostgresStore(target);
    try {
      await store.init();
    } catch (err) {
      await store.close().catch(() => {});
      const message = err instanceof Error ? err.message || String(err) : String(err);
      throw new Error(`cannot open PostgreSQL store '${redactPassword(target)}': ${message}`);
    }
    return store;
  }
  if (options.mustExist && target !== ':memory:' && !existsSync(target)) {
    throw new Error(`no store at '${target}' (run onrecord ingest first, or give --db)`);
  }
  const { SqliteStore } = await import('./sqlite-store.js');
  const store = new SqliteStore(target);
  try {
    await store.init();
  } catch (err) {
    await store.close();
    throw new Error(
      `cannot open SQLite store '${target}': ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return store;
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for error messages. */
export function redactPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
