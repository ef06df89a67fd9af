// Which reader a file needs: from its first bytes (after gunzip) first, its extension when the content
// does not say. `null`: binary content no reader takes.

import { looksLikeFeed } from './read-feed.js';
import type { InputFormat } from './read-item.js';
import { looksLikeSeed } from './read-seed.js';

const EXTENSIONS: Array<[RegExp, InputFormat]> = [
  [/\.(jsonl|ndjson|json)$/i, 'jsonl'],
  [/\.warc$/i, 'warc'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(rss|atom|xml)$/i, 'feed'],
  [/\.txt$/i, 'txt'],
];

/** Content rules in order; each returns the format it recognises or null. */
const CONTENT_RULES: Array<(head: string) => InputFormat | null> = [
  (head) => (/^WARC\/\d/.test(head) ? 'warc' : null), // WARC/1.0
  (head) => (looksLikeSeed(head) ? 'seed' : null), // date 2017-06-04 Russian President …
  (head) => (/^\{/.test(head) ? 'jsonl' : null), // {"id": …
  (head) => (/^</.test(head) && looksLikeFeed(head) ? 'feed' : null), // <?xml …><rss
  (head) =>
    /^<(!doctype html|html|head|body|meta|article|!--)/i.test(head) || /<html[\s>]/i.test(head)
      ? 'html'
      : null,
];

export function detectFormat(head: Uint8Array, path: string): InputFormat | null {
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  for (const rule of CONTENT_RULES) {
    const format = rule(text);
    if (format) return format;
  }
  if (isBinary(head)) return null;
  const bare = path.replace(/\.(gz|gzip)$/i, '');
  for (const [pattern, format] of EXTENSIONS) if (pattern.test(bare)) return format;
  return 'txt';
}

/** NUL bytes, or many bytes that are not valid UTF-8 text. */
export function isBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const text = new TextDecoder('utf-8').decode(sample);
  let bad = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '\uFFFD' || (code < 32 && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\f')) bad += 1;
  }
  // the last bytes may be a sequence cut by the sample's end
  return bad > 4 && bad / Math.max(1, text.length) > 0.02;
}
