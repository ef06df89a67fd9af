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

/** [start, end) ranges inside quotation marks. An unclosed mark ends at the line break; a closing mark with no
 * opening one closes a quote begun at the line start (a quote continued from the previous paragraph). */
export function findQuotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  let lineStart = 0;
  const close = (end: number) => {
    ranges.push([open >= 0 ? open : lineStart, end]);
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open >= 0) close(i);
      lineStart = i + 1;
    } else if (c === '\u201C' || c === '\u201E' || c === '\u00AB') {
      if (open < 0) open = i;
    } else if (c === '\u201D' || c === '\u00BB') {
      close(i + 1);
    } else if (c === '"') {
      // "…" opens before a word and closes after one: `said "no deal" twice`, `him."`
      const opening =
        /\S/.test(text[i + 1] ?? '') &&
        !/[\s.,;:!?)]/.test(text[i + 1] ?? '') &&
        (i === 0 || /[\s([—–-]/.test(text[i - 1] ?? ''));
      if (open < 0 && opening) open = i;
      else close(i + 1);
    }
  }
  if (open >= 0) close(text.length);
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
