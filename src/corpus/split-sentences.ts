// Sentence spans for reuse matching: ends at . ! ? (after closing marks) before a capital or a quote, or at a line break.
import type { Span } from '../types.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'no',
  'vs',
  'prof',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

export interface SplitOptions {
  /** `line` (default): every line break ends a sentence; `paragraph`: only a blank line does (hard-wrapped text). */
  breaks?: 'line' | 'paragraph';
}

/** Splits `text` into sentence spans (trimmed, never empty). */
export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const paragraphOnly = options.breaks === 'paragraph';
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (
      c === '\n' &&
      (!paragraphOnly ||
        /^\n[ \t]*\n/.test(text.slice(i, i + 3)) ||
        /\n[ \t]*$/.test(text.slice(Math.max(0, i - 3), i)))
    ) {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]»]/.test(text[j] ?? '')) j++;
    if (j < text.length && !/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k] ?? '')) k++;
    const next = text[k] ?? '';
    if (k < text.length && next !== '\n' && !/[\p{Lu}\p{N}"“‘'(«]/u.test(next)) continue;
    if (c === '.') {
      // "U.S. Presidents", "Mr. Smith", "John F. Kennedy" do not end a sentence
      const last = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (/^\p{Lu}$/u.test(last) || ABBREVIATIONS.has(last.toLowerCase())) continue;
    }
    push(j);
  }
  push(text.length);
  return spans;
}
