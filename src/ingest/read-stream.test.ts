import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ReadItem } from './read-item.js';
import { describeReadError, readStream } from './read-stream.js';

async function read(chunks: Uint8Array[], path: string, format?: 'txt' | 'jsonl') {
  async function* source() {
    yield* chunks;
  }
  const out: string[] = [];
  const input = { name: path.replace(/\..*$/, ''), path };
  for await (const item of readStream(source(), input, format ? { format } : {})) out.push(show(item));
  return out;
}

function show(item: ReadItem): string {
  return 'error' in item
    ? `error ${item.error.where}: ${item.error.message}`
    : `${item.where} ${item.article.id} ${item.article.date} ${JSON.stringify(item.article.text)}`;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const JSONL = '{"id":"a","date":"2021-03-05","text":"One."}\n{"id":"b","date":"2021-03-06","text":"Two."}\n';

test('dispatches on detected or forced format', async () => {
  const cases: Array<[Uint8Array[], string, 'txt' | 'jsonl' | undefined, string[]]> = [
    [[utf8('date 2021-03-05 Quill spoke.')], 'q.txt', undefined, ['q.txt q 2021-03-05 "Quill spoke."']],
    [[utf8('date 2021-03-05 Quill spoke.')], 'q.txt', 'txt', ['q.txt q null "date 2021-03-05 Quill spoke."']],
    [
      [utf8(JSONL)],
      'day.jsonl',
      undefined,
      ['day.jsonl:1 a 2021-03-05 "One."', 'day.jsonl:2 b 2021-03-06 "Two."'],
    ],
    [[utf8('Quill spoke.')], 'q', undefined, ['q q null "Quill spoke."']],
  ];
  for (const [chunks, path, format, expected] of cases)
    assert.deepEqual(await read(chunks, path, format), expected, path);
});

test('gzip is undone on the fly, whatever the chunking', async () => {
  const gz = gzipSync(Buffer.from(JSONL.repeat(300)));
  const chunks = Array.from({ length: Math.ceil(gz.length / 7) }, (_, i) => gz.subarray(i * 7, i * 7 + 7));
  const got = await read(chunks, 'day.jsonl.gz');
  assert.equal(got.length, 600);
  assert.equal(got[599], 'day.jsonl.gz:600 b 2021-03-06 "Two."');
});

test('empty, binary, corrupt and unreadable inputs: one clear error naming the file', async () => {
  const gz = gzipSync(Buffer.from(JSONL));
  async function* failing(): AsyncGenerator<Uint8Array> {
    yield utf8('{"id":"a","text":"One."}\n'.repeat(400)); // more than the 8 KB sniffed up front
    throw Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
  }
  const cases: Array<[Uint8Array[] | 'failing', string, string[]]> = [
    [[], 'empty.txt', ['error empty.txt: empty file']],
    [[utf8('')], 'empty.jsonl', ['error empty.jsonl: empty file']],
    [
      [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
      'photo.txt',
      ['error photo.txt: binary file: not text, JSONL, HTML, WARC or a feed'],
    ],
    [
      [utf8('[{"id": "a", "text": "One."}]')],
      'all.json',
      ['error all.json: one JSON document, not JSONL: write one article object a line'],
    ],
    [
      [utf8('{\n  "id": "a",\n  "text": "One."\n}\n')],
      'one.json',
      ['error one.json: one JSON document, not JSONL: write one article object a line'],
    ],
    [[gzipSync(Buffer.alloc(0))], 'none.jsonl.gz', ['error none.jsonl.gz: empty after gunzip']],
    [
      [gz.subarray(0, gz.length - 12)],
      'cut.jsonl.gz',
      ['day', 'error cut.jsonl.gz: unreadable: truncated gzip data'],
    ],
  ];
  for (const [chunks, path, expected] of cases) {
    const got = await read(chunks as Uint8Array[], path);
    if (expected[0] === 'day') {
      assert.equal(got.at(-1), expected[1], path);
    } else assert.deepEqual(got, expected, path);
  }
  const out: string[] = [];
  for await (const item of readStream(failing(), { name: 'x', path: 'x.jsonl' })) out.push(show(item));
  assert.equal(out.length, 401);
  assert.deepEqual(out.slice(-2), [
    'x.jsonl:400 a null "One."',
    'error x.jsonl: unreadable: permission denied',
  ]);
});

test('read errors in words', () => {
  const cases: Array<[unknown, string]> = [
    [Object.assign(new Error('x'), { code: 'ENOENT' }), 'unreadable: no such file or directory'],
    [Object.assign(new Error('x'), { code: 'EISDIR' }), 'unreadable: is a directory'],
    [new Error('boom'), 'unreadable: boom'],
    ['odd', 'unreadable: odd'],
  ];
  for (const [err, expected] of cases) assert.equal(describeReadError(err), expected);
});
