import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { ReadItem } from './read-item.js';
import { readStream } from './read-stream.js';
import { readWarc } from './read-warc.js';

const PAGE = (extra: string) =>
  `<!doctype html><html><head><title>Ferry strike</title>${extra}</head><body><article>` +
  '<p>The ferry crews of Lindenport will strike on Monday, the union’s secretary, Tomas Brell, said in a statement.</p>' +
  '<p>“We have asked for talks three times and heard nothing,” Brell said. The operator declined to comment on the dispute.</p>' +
  '</article></body></html>';

async function record(
  url: string,
  type: 'response' | 'request',
  contentType: string,
  body: string,
  status = '200 OK',
) {
  const encoder = new TextEncoder();
  async function* content() {
    yield encoder.encode(body);
  }
  return WARCRecord.create(
    {
      url,
      date: '2021-04-02T08:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response'
        ? { statusline: `HTTP/1.1 ${status}`, httpHeaders: { 'Content-Type': contentType } }
        : { httpHeaders: {} }),
    },
    content(),
  );
}

async function buildWarc(gzip: boolean): Promise<Uint8Array> {
  const records = [
    await record('https://ledger.example/ferry', 'request', '', ''),
    await record(
      'https://ledger.example/ferry',
      'response',
      'text/html; charset=utf-8',
      PAGE('<meta property="article:published_time" content="2021-04-01">'),
    ),
    await record('https://ledger.example/logo.png', 'response', 'image/png', 'PNGDATA'),
    await record('https://ledger.example/old', 'response', 'text/html', PAGE(''), '301 Moved Permanently'),
    await record('https://ledger.example/ferry-2', 'response', 'text/html', PAGE('')),
  ];
  const parts: Uint8Array[] = [];
  for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
  return Buffer.concat(parts);
}

async function collect(items: AsyncIterable<ReadItem>) {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const input = { name: 'crawl', path: 'crawls/crawl.warc' };

for (const gzip of [false, true]) {
  test(`WARC${gzip ? '.gz' : ''}: HTML responses become articles, the rest is passed over`, async () => {
    const bytes = await buildWarc(gzip);
    async function* source() {
      for (let i = 0; i < bytes.length; i += 300) yield bytes.subarray(i, i + 300);
    }
    const items = await collect(readStream(source(), input));
    assert.equal(items.length, 2, JSON.stringify(items.map((i) => ('error' in i ? i.error : i.where))));
    const [first, second] = items as Array<Extract<ReadItem, { article: unknown }>>;
    assert.ok(first && second);
    assert.equal(first.article.url, 'https://ledger.example/ferry');
    assert.equal(first.article.date, '2021-04-01', 'the page date wins over WARC-Date');
    assert.match(first.article.id, /^ledger\.example-[0-9a-f]{12}$/);
    assert.equal(first.where, 'crawls/crawl.warc#2');
    assert.match(first.article.text, /^The ferry crews of Lindenport/);
    assert.equal(first.article.text.split('\n\n').length, 2);
    assert.equal(second.article.url, 'https://ledger.example/ferry-2');
    assert.equal(second.article.date, '2021-04-02', 'WARC-Date when the page has none');
    assert.notEqual(first.article.id, second.article.id);
  });
}

test('junk between records does not stop the records after it; no records at all is an error', async () => {
  const bytes = await buildWarc(false);
  async function* junk() {
    yield bytes;
    yield new TextEncoder().encode('a stray line that is no WARC record\r\n\r\n');
    yield bytes;
  }
  const items = await collect(readWarc(junk(), input));
  assert.deepEqual(
    items.map((i) => ('article' in i ? i.article.url : i.error.message)),
    [
      'https://ledger.example/ferry',
      'https://ledger.example/ferry-2',
      'https://ledger.example/ferry',
      'https://ledger.example/ferry-2',
    ],
  );
  async function* notWarc() {
    yield new TextEncoder().encode('plain words, no records\n');
  }
  assert.deepEqual(await collect(readWarc(notWarc(), input)), [
    { error: { where: 'crawls/crawl.warc', message: 'not a WARC file: no WARC records found' } },
  ]);
});

test('a gzip Content-Encoding body is decoded before reading', async () => {
  const body = gzipSync(PAGE(''));
  async function* content() {
    yield body;
  }
  const encoded = WARCRecord.create(
    {
      url: 'https://ledger.example/gz',
      date: '2021-04-03T08:00:00Z',
      type: 'response',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' },
    },
    content(),
  );
  const bytes = await WARCSerializer.serialize(encoded);
  async function* source() {
    yield bytes;
  }
  const [item] = await collect(readWarc(source(), input));
  assert.ok(item && 'article' in item);
  assert.match(item.article.text, /^The ferry crews of Lindenport/);
  assert.equal(item.article.date, '2021-04-03');
});
