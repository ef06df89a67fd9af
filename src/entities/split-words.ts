// Words with their offsets, independent of the segmenter's tokens: "U.S." stays one word, "Russia’s" gives "Russia".

export interface Word {
  start: number;
  end: number;
  text: string;
}

// "U.S.", "U.K." | "Saint-Petersburg", "O'Brien", "G7" (a possessive 's is left out)
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Splits text into words, dropping a trailing possessive ("NATO's" → "NATO"). */
export function splitWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    const n = w.length;
    const last = w.charCodeAt(n - 1);
    const beforeLast = w.charCodeAt(n - 2);
    if (last === LOWER_S && isApostrophe(beforeLast) && n > 2) w = w.slice(0, -2);
    else if (isApostrophe(last) && beforeLast === LOWER_S) w = w.slice(0, -1);
    words.push({ start: offset + m.index, end: offset + m.index + w.length, text: w });
  }
  return words;
}

const LOWER_S = 115;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** The key a sequence of words is looked up under: the words joined by one space, quotes folded. */
export function keyOfWords(words: readonly Word[]): string {
  if (words.length === 1) return foldApostrophes((words[0] as Word).text);
  return words.map((w) => foldApostrophes(w.text)).join(' ');
}

const foldApostrophes = (s: string) => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** The lookup key of a written form ("People’s Republic of China" → "People Republic of China"). */
export function keyOfForm(form: string): string {
  return keyOfWords(splitWords(form));
}

export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  // ASCII answered by code; other scripts by the Unicode class
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};

export const slugify = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
