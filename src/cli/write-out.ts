// Writing to stdout with backpressure; a closed pipe (`onrecord extract … | head`) ends the output quietly.
import type { Writable } from 'node:stream';

export interface Output {
  /** Writes text; resolves false once the reader has gone away (EPIPE). */
  write(text: string): Promise<boolean>;
  readonly closed: boolean;
}

export function createOutput(stream: Writable = process.stdout): Output {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw err;
  });
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      if (closed) return false;
      if (!stream.write(text)) await drained(stream);
      return !closed;
    },
  };
}

/** Resolves on 'drain', 'close' or 'error' (the error itself is handled by the listener above). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
