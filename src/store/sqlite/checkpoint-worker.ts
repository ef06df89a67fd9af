// The thread behind checkpointInBackground(): its own connection to the store's file, copying committed WAL
// frames into the database (PASSIVE: never waits for, nor blocks, the writer) until told to stop.
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, intervalMs, stop } = workerData as {
  path: string;
  intervalMs: number;
  stop: SharedArrayBuffer;
};
const flag = new Int32Array(stop);
const db = new Database(path);
try {
  while (Atomics.load(flag, 0) === 0) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // SQLITE_BUSY (another checkpoint running): try again next round
    }
    Atomics.wait(flag, 0, 0, intervalMs);
  }
} finally {
  db.close();
}
