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
  const add = (start: number, found: number) => {
    let end = found;
    const n = end - start;
    const last = text.charCodeAt(end - 1);
    const beforeLast = text.charCodeAt(end - 2);
    if (last === LOWER_S && isApostrophe(beforeLast) && n > 2) end -= 2;
    else if (n >= 2 && isApostrophe(last) && beforeLast === LOWER_S) end -= 1;
    words.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
  };
  // the scanner reads UTF-16 units; text with astral characters (emoji) goes through the regex itself
  if (SURROGATE.test(text)) {
    const spans = matchWords(text);
    for (let k = 0; k < spans.length; k += 2) add(spans[k] as number, spans[k + 1] as number);
  } else scanEach(text, add);
  return words;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** [start, end, start, end, …] of WORD's matches, by the regex. */
export function matchWords(text: string): number[] {
  const spans: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/** [start, end, …] of WORD's matches, read char by char (text without surrogates): same spans, no match objects. */
export function scanWords(text: string): number[] {
  const spans: number[] = [];
  scanEach(text, (start, end) => {
    spans.push(start, end);
  });
  return spans;
}

/** Each of WORD's matches as `emit(start, end)`, read char by char (text without surrogates): no spans array. */
function scanEach(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    // "U.S.": two or more capital-and-full-stop pairs
    let q = p;
    while (q + 1 < n && isUpper(text.charCodeAt(q)) && text.charCodeAt(q + 1) === FULL_STOP) q += 2;
    if (q - p >= 4) {
      emit(p, q);
      p = q;
      continue;
    }
    if (!isLetterOrDigit(c)) {
      p += 1;
      continue;
    }
    q = p + 1;
    while (q < n && isLetterOrDigit(text.charCodeAt(q))) q += 1;
    // "Saint-Petersburg", "O'Brien": a joiner counts only with a letter or digit after it
    while (q + 1 < n && isJoiner(text.charCodeAt(q)) && isLetterOrDigit(text.charCodeAt(q + 1))) {
      q += 2;
      while (q < n && isLetterOrDigit(text.charCodeAt(q))) q += 1;
    }
    emit(p, q);
    p = q;
  }
}

const FULL_STOP = 46;
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019;

// Unicode classes of the BMP, read once per code unit from the regex classes themselves
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const classes = new Uint8Array(0x10000); // bit 1: known, 2: letter or digit, 4: upper-case letter

function classOf(c: number): number {
  let k = classes[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER_OR_DIGIT.test(ch) ? 2 : 0) | (UPPER.test(ch) ? 4 : 0);
    classes[c] = k;
  }
  return k;
}

function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (classOf(c) & 2) !== 0;
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(c) & 4) !== 0;
}

const LOWER_S = 115;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** The key a sequence of words is looked up under: the words joined by one space, quotes folded. */
export function keyOfWords(words: readonly Word[]): string {
  if (words.length === 1) return foldApostrophes((words[0] as Word).text);
  return words.map((w) => foldApostrophes(w.text)).join(' ');
}

const foldApostrophes = (s: string) => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** The key of one word: `keyOfWords([w])` without the array. */
export const keyOfWord = (w: Word): string => foldApostrophes(w.text);

/** The lookup key of a written form ("People’s Republic of China" → "People Republic of China"). */
export function keyOfForm(form: string): string {
  return keyOfWords(splitWords(form));
}

/** The word right before word `i`, when one space joins them (none across a comma or a line). */
export function wordJoinedBefore(text: string, words: readonly Word[], i: number): Word | undefined {
  const before = words[i - 1];
  const word = words[i];
  return before && word && text.slice(before.end, word.start) === ' ' ? before : undefined;
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
