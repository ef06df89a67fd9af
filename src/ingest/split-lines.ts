// Bytes → lines, in constant memory: one line in memory at a time, at most `maxLength` bytes of it.
// "\n" never occurs inside a UTF-8 sequence, so lines are split on bytes and decoded one by one.

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The decoded line without its "\n" / "\r\n"; null when the line was longer than `maxLength`. */
  text: string | null;
}

const NEWLINE = 0x0a;

export async function* splitLines(
  source: AsyncIterable<Uint8Array>,
  maxLength = 64 * 1024 * 1024,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line => {
    number += 1;
    const line: Line = { number, text: tooLong ? null : decode(decoder, parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of source) {
    let from = 0;
    while (from < chunk.length) {
      const at = chunk.indexOf(NEWLINE, from);
      const end = at === -1 ? chunk.length : at;
      if (!tooLong) {
        if (size + (end - from) > maxLength) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > from) {
          parts.push(chunk.subarray(from, end));
          size += end - from;
        }
      }
      if (at === -1) break;
      yield finish();
      from = at + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}

function decode(decoder: TextDecoder, parts: Uint8Array[], size: number): string {
  const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, size);
  const text = decoder.decode(bytes);
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
