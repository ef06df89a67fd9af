// Words of a text with offsets, lower-cased and folded, and whether each sits inside quotation marks.

export interface Word {
  /** Lower-cased, typographic apostrophes folded ("russia's"). */
  norm: string;
  /** The word as written ("Russia’s"). */
  surface: string;
  start: number;
  end: number;
  /** Inside “…” or "…" (words of a quote do not count as copying). */
  quoted: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** [start, end) ranges inside quotation marks; an unclosed mark ends at the paragraph break. */
export function findQuotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n' && open >= 0) {
      ranges.push([open, i]);
      open = -1;
    } else if (c === '\u201C' || c === '\u201E' || c === '\u00AB') {
      if (open < 0) open = i;
    } else if (c === '\u201D' || c === '\u00BB') {
      if (open >= 0) {
        ranges.push([open, i + 1]);
        open = -1;
      }
    } else if (c === '"') {
      if (open < 0) open = i;
      else {
        ranges.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

/** Every word of `text` in order. */
export function tokenizeWords(text: string): Word[] {
  const ranges = findQuotedRanges(text);
  const words: Word[] = [];
  let r = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (r < ranges.length && (ranges[r]?.[1] ?? 0) <= start) r++;
    const range = ranges[r];
    const quoted = range !== undefined && range[0] <= start && end <= range[1];
    words.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), surface: m[0], start, end, quoted });
  }
  return words;
}
