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
  for (const m of text.matchAll(WORD)) {
    let w = m[0];
    if (/['’]s$/.test(w) && w.length > 2) w = w.slice(0, -2);
    else if (/s['’]$/.test(w)) w = w.slice(0, -1);
    words.push({ start: offset + m.index, end: offset + m.index + w.length, text: w });
  }
  return words;
}

/** The key a sequence of words is looked up under: the words joined by one space, quotes folded. */
export function keyOfWords(words: readonly Word[]): string {
  return words.map((w) => w.text.replace(/’/g, "'")).join(' ');
}

/** The lookup key of a written form ("People’s Republic of China" → "People Republic of China"). */
export function keyOfForm(form: string): string {
  return keyOfWords(splitWords(form));
}

export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);

export const slugify = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
