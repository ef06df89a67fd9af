import type { Span } from './types.js';

/**
 * Longest text `analyze()` reads in one piece (UTF-16 units, 256 KiB). Real news articles, long reads included,
 * stay under 100 KB; past this a text is analyzed in pieces so time stays linear and memory stays flat
 * (docs/inputs.md "Long articles").
 */
export const LONG_ARTICLE_CHARS = 256 * 1024;

// Where a piece may end, best first; each pattern's match end is the cut, so the next piece starts on the
// text after the boundary. Each is tried on the piece's whole window before the next.
const BOUNDARIES: { name: string; pattern: RegExp }[] = [
  // "…said Quillane.\n\nThe council…": a blank line between paragraphs
  { name: 'paragraph', pattern: /\n[ \t\r\f\v\u00A0]*\n\s*/g },
  // `…by March." The council…`: a sentence end, its closing marks, then a capitalised word or an opening mark
  { name: 'sentence', pattern: /[.!?]['"’”)\]]*\s+(?=['"‘“([]?[\p{Lu}\p{N}])/gu },
  // "…the harbor budget for" / "two days…": any whitespace
  { name: 'whitespace', pattern: /\s+/g },
];

/** Where the last match of `pattern` inside `window` ends, or 0 when none ends past its start. */
function lastBoundary(window: string, pattern: RegExp): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else end = m.index + m[0].length;
  }
  return end;
}

/**
 * Consecutive pieces covering `text`, each at most `max` long: cut at the window's last blank line, failing
 * that its last sentence end, failing that its last whitespace, failing that `max` characters in (never
 * between the halves of a surrogate pair). Linear in the text's length.
 */
export function chunkText(text: string, max: number = LONG_ARTICLE_CHARS): Span[] {
  if (max < 2) throw new RangeError(`chunk size ${max} is too small`);
  const pieces: Span[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = 0;
    for (const b of BOUNDARIES) {
      cut = lastBoundary(window, b.pattern);
      if (cut > 0) break;
    }
    if (cut === 0) {
      cut = max;
      // "…\uD83D|\uDE00…": keep a surrogate pair whole
      const code = text.charCodeAt(start + cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    pieces.push({ start, end: start + cut });
    start += cut;
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length });
  return pieces;
}
