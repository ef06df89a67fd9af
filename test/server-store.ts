// A real SQLite store (in a temp dir) filled with the invented fixture articles, for the server and browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { FERRY_CLUSTER, FERRY_QUOTE_IDS, fixtureArticles } from './server-fixtures.js';

export interface FilledStore {
  store: Store;
  cleanup(): Promise<void>;
}

export async function openFilledStore(): Promise<FilledStore> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-server-'));
  const store = await openStore(join(dir, 'test.db'));
  await store.putArticles(fixtureArticles());
  await assignCluster(store, FERRY_CLUSTER, FERRY_QUOTE_IDS);
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Cluster ids come from the corpus layer; until it writes them, the fixture sets them on the SQLite table directly.
async function assignCluster(store: Store, clusterId: string, quoteIds: string[]): Promise<void> {
  const db = (store as unknown as { db?: { prepare(sql: string): { run(...args: unknown[]): unknown } } }).db;
  if (!db) throw new Error(`Cannot set cluster ids on a ${store.kind} store in the fixture`);
  const update = db.prepare('UPDATE quotes SET cluster_id = ? WHERE id = ?');
  for (const id of quoteIds) update.run(clusterId, id);
}
