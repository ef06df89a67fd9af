// WARC and WARC.gz crawls (warcio), streamed record by record: each HTML response goes through the same
// extractor as a single page; url from WARC-Target-URI, date from WARC-Date when the page gives none,
// id from the URL. Other records (requests, metadata, images, redirects) are passed over.
import { WARCParser } from 'warcio';
import { decodeHtml } from './decode-html.js';
import { idFromUrl } from './id-from-url.js';
import { extractHtml } from './read-html.js';
import type { InputRef, ReadItem } from './read-item.js';
import { readError } from './read-item.js';

/** Records larger than this are reported and skipped rather than read into memory. */
const MAX_RECORD_BYTES = 32 * 1024 * 1024;

export async function* readWarc(
  source: AsyncIterable<Uint8Array>,
  input: InputRef,
): AsyncGenerator<ReadItem> {
  let index = 0;
  let warcRecords = 0;
  const parser = new WARCParser(source);
  while (true) {
    let record: Awaited<ReturnType<WARCParser['parse']>>;
    try {
      record = await parser.parse();
    } catch (err) {
      yield readError(
        `${input.path}#${index + 1}`,
        `unreadable WARC record (${messageOf(err)}); the rest of the file is skipped`,
      );
      return;
    }
    if (!record) {
      if (warcRecords === 0) yield readError(input.path, 'not a WARC file: no WARC records found');
      return;
    }
    index += 1;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) continue; // junk between records
    warcRecords += 1;
    const where = `${input.path}#${index}`;
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const contentType =
      record.warcType === 'response'
        ? (record.httpHeaders?.headers.get('content-type') ?? null)
        : (record.warcContentType ?? null);
    if (!/html/i.test(contentType ?? '')) continue;
    const status = Number(record.httpHeaders?.statusCode ?? 200);
    if (status < 200 || status >= 300) continue;
    if (record.warcContentLength > MAX_RECORD_BYTES) {
      yield readError(where, `record of ${record.warcContentLength} bytes is too large: skipped`);
      continue;
    }
    const url = record.warcTargetURI ?? undefined;
    let html: string;
    try {
      html = decodeHtml(await record.readFully(true), contentType);
    } catch (err) {
      yield readError(where, `unreadable response body (${messageOf(err)})`);
      continue;
    }
    const key = url ?? record.warcHeader('WARC-Record-ID') ?? `${input.name}:${index}`;
    const options = {
      id: idFromUrl(key),
      ...(url ? { url } : {}),
      ...(record.warcDate ? { fallbackDate: record.warcDate } : {}),
    };
    let reading: ReturnType<typeof extractHtml>;
    try {
      reading = extractHtml(html, { name: input.name, path: where }, options);
    } catch (err) {
      yield readError(where, `unreadable HTML page (${messageOf(err)})`);
      continue;
    }
    if (!reading) {
      yield readError(where, `HTML page without readable text${url ? ` (${url})` : ''}`);
      continue;
    }
    yield { article: reading.article, where };
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
