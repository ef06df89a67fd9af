// The one place commands turn file arguments (files, directories, `-` for stdin) into a stream of articles
// or per-item errors, in constant memory, with byte counts for progress.
//
//   const inputs = readInputs(paths, { format });
//   for await (const item of inputs) {
//     if ('error' in item) report(item.error); else use(item.article);
//     progress.update(inputs.bytesRead, inputs.totalBytes);
//   }
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFormat, ReadItem } from '../ingest/read-item.js';
import { nameOf, readError } from '../ingest/read-item.js';
import { describeReadError, readStream } from '../ingest/read-stream.js';

export type { InputFormat, ReadError, ReadItem } from '../ingest/read-item.js';
export { INPUT_FORMATS } from '../ingest/read-item.js';

export interface ReadInputsOptions {
  /** Force one format for every input instead of detecting it. */
  format?: InputFormat;
  /** What `-` (or no path at all) reads; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array>;
}

export interface Inputs extends AsyncIterable<ReadItem> {
  /** Bytes of all input files (compressed size for .gz), once known; null when unknown (stdin). */
  readonly totalBytes: number | null;
  /** Bytes read from the inputs so far (compressed bytes for .gz): compare with totalBytes for progress. */
  readonly bytesRead: number;
  /** Files found so far (directories expanded). */
  readonly files: number;
}

/** Files a directory walk picks up; a file named on the command line is read whatever its name. */
const DIRECTORY_FILES = /\.(txt|jsonl|ndjson|json|html?|xhtml|warc|rss|atom|xml)(\.gz)?$|\.gz$/i;

type Entry = { path: string; size: number | null } | { error: { where: string; message: string } };

export function readInputs(paths: string[], options: ReadInputsOptions = {}): Inputs {
  let totalBytes: number | null = null;
  let bytesRead = 0;
  let files = 0;
  const list = paths.length === 0 ? ['-'] : paths;

  async function* count(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }

  async function* items(): AsyncGenerator<ReadItem> {
    const entries: Entry[] = [];
    for (const path of list) for await (const entry of expand(path, true)) entries.push(entry);
    files = entries.filter((e) => 'path' in e).length;
    const sizes = entries.map((e) => ('path' in e ? e.size : 0));
    totalBytes = sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
    for (const entry of entries) {
      if ('error' in entry) {
        yield { error: entry.error };
        continue;
      }
      const { path } = entry;
      const input = { name: nameOf(path), path: path === '-' ? 'stdin' : path };
      const file = path === '-' ? null : createReadStream(path, { highWaterMark: 64 * 1024 });
      const source = file ?? options.stdin ?? process.stdin;
      if (source === process.stdin && process.stdin.isTTY)
        process.stderr.write('reading articles from stdin (Ctrl-D to end)\n');
      try {
        yield* readStream(count(source), input, options.format ? { format: options.format } : {});
      } finally {
        file?.destroy();
      }
    }
  }

  return {
    get totalBytes() {
      return totalBytes;
    },
    get bytesRead() {
      return bytesRead;
    },
    get files() {
      return files;
    },
    [Symbol.asyncIterator]: () => items(),
  };
}

/** A path → the files to read: itself, or a directory's files (recursive, sorted, hidden ones skipped). */
async function* expand(path: string, named: boolean, seen = new Set<string>()): AsyncGenerator<Entry> {
  if (path === '-') {
    yield { path, size: null };
    return;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    yield readError(path, describeReadError(err)) as Entry;
    return;
  }
  if (info.isDirectory()) {
    const key = `${info.dev}:${info.ino}`;
    if (seen.has(key)) return; // a symlink loop
    seen.add(key);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (err) {
      yield readError(path, describeReadError(err)) as Entry;
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      yield* expand(join(path, name), false, seen);
    }
    return;
  }
  if (!named && !DIRECTORY_FILES.test(path)) return;
  if (!info.isFile()) {
    if (named) yield { path, size: null }; // a FIFO or device: read it, size unknown
    return;
  }
  yield { path, size: info.size };
}
