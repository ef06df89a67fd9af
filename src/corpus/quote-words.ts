// A quote's words for clustering: normalized, aliases collapsed ("citing Russian Federation" = "citing Russia").
import { canonicalizeWords, findAliasForms } from './canonicalize-words.js';
import { tokenizeWords } from './tokenize-words.js';

/** The canonical word sequence of a quote's content (quote marks inside it are ignored). */
export function toQuoteWords(content: string): string[] {
  const text = content.replace(/["“”«»]/g, ' ');
  const words = tokenizeWords(text).map((w) => ({ ...w, quoted: false }));
  return canonicalizeWords(words, findAliasForms(text)).map((w) => w.norm);
}

/** Fewest words edits turning `short` into some contiguous run of `long` (semi-global word edit distance). */
export function substringEditDistance(short: readonly string[], long: readonly string[]): number {
  let prev = new Array<number>(long.length + 1).fill(0);
  for (let i = 1; i <= short.length; i++) {
    const cur = new Array<number>(long.length + 1);
    cur[0] = i;
    for (let j = 1; j <= long.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (short[i - 1] === long[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

/** Length of the longest run of words both sequences share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = (prev[j - 1] ?? 0) + 1;
        if ((cur[j] ?? 0) > best) best = cur[j] ?? 0;
      }
    }
    prev = cur;
  }
  return best;
}
