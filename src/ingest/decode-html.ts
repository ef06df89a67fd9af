// HTML bytes → string, in the charset the HTTP header or the page's <meta charset> names (UTF-8 otherwise).

export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  // <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const label = charsetOf(contentType) ?? meta ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
