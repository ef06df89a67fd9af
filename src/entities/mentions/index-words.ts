// Per-article lookups over the words that several rules need, built once instead of rescanning every word per
// question ("is 'Hackers' written lower-case elsewhere?").
import type { Word } from '../split-words.js';

export interface WordIndex {
  /** Each word lower-cased, by word index. */
  lower: string[];
  /** Word indexes by exact text. */
  at: Map<string, number[]>;
}

const INDEXES = new WeakMap<readonly Word[], WordIndex>();

/** The index of these words (built on first use; the words must not change afterwards). */
export function indexWords(words: readonly Word[]): WordIndex {
  let index = INDEXES.get(words);
  if (index) return index;
  const lower: string[] = new Array(words.length);
  const at = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    const text = (words[i] as Word).text;
    lower[i] = text.toLowerCase();
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
  }
  index = { lower, at };
  INDEXES.set(words, index);
  return index;
}
