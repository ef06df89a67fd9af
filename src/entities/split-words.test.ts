import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchWords, scanWords, splitWords } from './split-words.js';

// Invented sentences; people and places are fictional.
const WORDS: Array<[string, string[]]> = [
  ['Mr. Oduya met U.S. officials.', ['Mr', 'Oduya', 'met', 'U.S.', 'officials']],
  ["Zarnia's minister and the Smiths' lawyer", ['Zarnia', 'minister', 'and', 'the', 'Smiths', 'lawyer']],
  ['Saint-Varenne O’Brien G7 1990–1995', ['Saint-Varenne', 'O’Brien', 'G7', '1990', '1995']],
  ['John F. Kettle of A.B', ['John', 'F', 'Kettle', 'of', 'A', 'B']],
  ['U.S.A. and U.K.-based', ['U.S.A.', 'and', 'U.K.', 'based']],
  ['Łódź, Zürich and Москва', ['Łódź', 'Zürich', 'and', 'Москва']],
  ["rock-'n'-roll it's", ['rock', 'n', 'roll', 'it']],
  ["ends with joiner- and 'quote'", ['ends', 'with', 'joiner', 'and', 'quote']],
  ['emoji 👍 between Ann-Marie', ['emoji', 'between', 'Ann-Marie']],
];

test('splitWords reads words, dropping possessives', () => {
  for (const [text, expected] of WORDS)
    assert.deepEqual(
      splitWords(text).map((w) => w.text),
      expected,
      text,
    );
});

test('splitWords offsets point into the text', () => {
  const text = 'The envoy, Ms Varga, left.';
  for (const w of splitWords(text, 100)) assert.equal(text.slice(w.start - 100, w.end - 100), w.text);
});

test('the scanner finds exactly the regex matches', () => {
  // characters the word pattern treats differently: letters of several scripts, digits, marks, joiners, stops
  const alphabet = [..."aZ9 .'’-éÉßŁł\u0301\u0660٣中Жж\u00A0\n,İ"];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < 3000; i++) {
    const len = next() % 24;
    let s = '';
    for (let k = 0; k < len; k++) s += alphabet[next() % alphabet.length];
    assert.deepEqual(scanWords(s), matchWords(s), JSON.stringify(s));
  }
  for (const [text] of WORDS)
    if (!/[\uD800-\uDFFF]/.test(text)) assert.deepEqual(scanWords(text), matchWords(text), text);
});
