import { createHash } from 'node:crypto';

/** A stable article id from a URL: `harbor.example-3f2a9c1b7d0e` (host and 12 hex of its SHA-1). */
export function idFromUrl(url: string): string {
  const hash = createHash('sha1').update(url).digest('hex').slice(0, 12);
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL (a guid or record id): the hash alone
  }
  return host ? `${host}-${hash}` : `id-${hash}`;
}
