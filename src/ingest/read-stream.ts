// One input's bytes → articles or per-item errors, streamed: JSONL line by line, WARC record by record,
// gzip undone on the fly; single documents (seed, txt, html, feed) are read whole, up to a size cap.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { decodeHtml } from './decode-html.js';
import { detectFormat, isBinary } from './detect-format.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import type { InputFormat, InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';
import { readJsonl } from './read-jsonl.js';
import { readSeed } from './read-seed.js';
import { readText } from './read-text.js';
import { readWarc } from './read-warc.js';
import { splitLines } from './split-lines.js';

/** Single documents above this size are refused (use JSONL or WARC for big inputs). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const HEAD_BYTES = 8192;

export interface ReadStreamOptions {
  /** Force a format instead of detecting it. */
  format?: InputFormat;
}

export async function* readStream(
  source: AsyncIterable<Uint8Array>,
  input: InputRef,
  options: ReadStreamOptions = {},
): AsyncGenerator<ReadItem> {
  try {
    let { head, rest } = await peek(source, HEAD_BYTES);
    if (head.length === 0) {
      yield readError(input.path, 'empty file');
      return;
    }
    if (head[0] === 0x1f && head[1] === 0x8b) {
      ({ head, rest } = await peek(gunzip(rest), HEAD_BYTES));
      if (head.length === 0) {
        yield readError(input.path, 'empty after gunzip');
        return;
      }
    }
    const format = options.format ?? detectFormat(head, input.path);
    if (!format || (format !== 'warc' && isBinary(head))) {
      yield readError(input.path, 'binary file: not text, JSONL, HTML, WARC or a feed');
      return;
    }
    if (format === 'jsonl') {
      const start = new TextDecoder().decode(head.subarray(0, 256)).trimStart();
      // [{"id": …}, …]  or  {\n  "id": …  (one JSON document, not one object a line)
      if (start.startsWith('[') || /^\{\s*\n/.test(start)) {
        yield readError(input.path, 'one JSON document, not JSONL: write one article object a line');
        return;
      }
    }
    if (format === 'jsonl') {
      yield* readJsonl(splitLines(rest), input);
      return;
    }
    if (format === 'warc') {
      yield* readWarc(rest, input);
      return;
    }
    const bytes = await readAll(rest, MAX_DOCUMENT_BYTES);
    if (!bytes) {
      yield readError(
        input.path,
        `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: too large for one ${format} document (use JSONL or WARC)`,
      );
      return;
    }
    if (format === 'html') {
      yield* readHtml(decodeHtml(bytes), input);
      return;
    }
    const content = new TextDecoder('utf-8').decode(bytes);
    if (format === 'feed') yield* readFeed(content, input);
    else if (format === 'seed') yield* readSeed(content, input);
    else yield* readText(content, input);
  } catch (err) {
    yield readError(input.path, describeReadError(err));
  }
}

/** "EACCES: permission denied, open 'x'" → "permission denied"; gzip errors keep their reason. */
export function describeReadError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    Z_BUF_ERROR: 'truncated gzip data',
    Z_DATA_ERROR: 'corrupt gzip data',
  };
  if (code && known[code]) return `unreadable: ${known[code]}`;
  return `unreadable: ${err instanceof Error ? err.message : String(err)}`;
}

/** The first `size` bytes (or fewer at the end), and the whole stream again from its start. */
async function peek(
  source: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(taken, length).subarray(0, size);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, rest: rest() };
}

function gunzip(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const unzip = createGunzip();
  pipeline(Readable.from(source), unzip).catch(() => {
    // the error reaches the reader through `unzip` itself
  });
  return unzip;
}

/** The whole stream, or null when it exceeds `max` bytes. */
async function readAll(source: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    length += chunk.length;
    if (length > max) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}
