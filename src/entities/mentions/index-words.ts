// Per-article lookups over the words that several rules need, built once instead of rescanning every word per
// question ("is 'Hackers' written lower-case elsewhere?").
import { lowerCase } from '../../lower-case.js';
import type { Word } from '../split-words.js';

export interface WordIndex {
  /** Each word lower-cased, by word index. */
  lower: string[];
  /** Index of the first word with each exact text. */
  first: Map<string, number>;
  /** Index of the next word with the same text as word i, or -1. */
  next: Int32Array;
}

const INDEXES = new WeakMap<readonly Word[], WordIndex>();

/** The index of these words (built on first use; the words must not change afterwards). */
export function indexWords(words: readonly Word[]): WordIndex {
  let index = INDEXES.get(words);
  if (index) return index;
  const n = words.length;
  const lower: string[] = new Array(n);
  const first = new Map<string, number>();
  const next = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const text = (words[i] as Word).text;
    lower[i] = lowerCase(text);
    next[i] = first.get(text) ?? -1;
    first.set(text, i);
  }
  index = { lower, first, next };
  INDEXES.set(words, index);
  return index;
}

/** Indexes of the words written exactly `text`, in order. */
export function* wordsWritten(index: WordIndex, text: string): Generator<number> {
  for (let k = index.first.get(text) ?? -1; k >= 0; k = index.next[k] ?? -1) yield k;
}
