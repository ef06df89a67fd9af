// WAL checkpoints on their own thread while an ingest writes. A commit that crosses SQLite's auto-checkpoint
// threshold copies the WAL into the database file and syncs it before returning: at a few thousand articles that
// was two thirds of the corpus step's commit time, all of it on the one thread that writes.
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Frames (pages) the writer lets the WAL reach before checkpointing itself, when the thread falls behind. */
const FALLBACK_AUTOCHECKPOINT = 32_768;

export interface BackgroundCheckpoints {
  /** Stops the thread (after its current checkpoint) and gives checkpointing back to the writer. */
  stop(): Promise<void>;
}

/** Starts checkpointing `db`'s WAL every `intervalMs` from a worker thread with its own connection. */
export function checkpointInBackground(db: Database.Database, intervalMs = 200): BackgroundCheckpoints {
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  const stopFlag = new SharedArrayBuffer(4);
  const worker = new Worker(new URL('./checkpoint-worker.js', import.meta.url), {
    workerData: { path: db.name, intervalMs, stop: stopFlag },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // a thread that fails to start leaves checkpointing to the writer, as before
  worker.once('error', () => db.pragma(`wal_autocheckpoint = ${before}`));
  db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT}`);
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        Atomics.store(new Int32Array(stopFlag), 0, 1);
        Atomics.notify(new Int32Array(stopFlag), 0);
        await exited;
        if (db.open) db.pragma(`wal_autocheckpoint = ${before}`);
      })();
      return stopped;
    },
  };
}
