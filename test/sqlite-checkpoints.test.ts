import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite-store.js';

test('checkpoints move to a background thread during bulk writes and back to the writer at close', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-ckpt-'));
  try {
    const path = join(dir, 'bulk.db');
    const store = new SqliteStore(path);
    await store.init();
    store.expectBulkWrites();
    assert.equal(store.db.pragma('wal_autocheckpoint', { simple: true }), 32_768);
    store.db.exec('CREATE TABLE filler (k INTEGER PRIMARY KEY, v TEXT)');
    const put = store.db.prepare('INSERT INTO filler (v) VALUES (?)');
    // well past the writer's own threshold of 1000 pages: only the thread can have checkpointed
    for (let batch = 0; batch < 40; batch++)
      store.db.transaction(() => {
        for (let i = 0; i < 200; i++) put.run('x'.repeat(1000));
      })();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const busy = store.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    // everything committed so far was copied already or is copied now; nothing is lost
    assert.equal(busy[0]?.log, busy[0]?.checkpointed);
    assert.ok(statSync(path).size > 8_000 * 1000, 'the database file received the pages');
    await store.close();
    const again = new SqliteStore(path);
    assert.equal((again.db.prepare('SELECT count(*) AS n FROM filler').get() as { n: number }).n, 8000);
    assert.equal(again.db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
