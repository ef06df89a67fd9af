import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalizeWords, findAliasForms } from '../src/corpus/canonicalize-words.js';
import { splitSentences } from '../src/corpus/split-sentences.js';
import { tokenizeWords } from '../src/corpus/tokenize-words.js';
import { hashShingles, winnowHashes } from '../src/corpus/winnow-hashes.js';

test('tokenizeWords marks words inside quotation marks', () => {
  const cases: Array<[string, string[]]> = [
    ['“We will stay,” said Quill.', ['we', 'will', 'stay']],
    ['He said "no deal" twice.', ['no', 'deal']],
    ['Nobody quoted anything here.', []],
    ['“Open quote runs\n\nto the break', ['open', 'quote', 'runs']],
  ];
  for (const [text, quoted] of cases) {
    assert.deepEqual(
      tokenizeWords(text)
        .filter((w) => w.quoted)
        .map((w) => w.norm),
      quoted,
      text,
    );
  }
});

test('splitSentences splits at sentence ends but not abbreviations', () => {
  const cases: Array<[string, number]> = [
    ['One sentence here. Another one there.', 2],
    ['The U.S. Senate met. It adjourned.', 2],
    ['Mr. Quill spoke to John F. Kennedy Airport staff.', 1],
    ['“Stay,” she said. “Go!” he replied.', 2],
    ['Line one\nLine two', 2],
  ];
  for (const [text, n] of cases) assert.equal(splitSentences(text).length, n, text);
});

test('canonicalizeWords rewrites alias forms and marks long forms', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['North Atlantic Treaty Organisation chiefs', ['nato', 'chiefs'], ['North Atlantic Treaty Organisation']],
    ['NATO chiefs', ['nato', 'chiefs'], []],
    [
      'Officials of the Russian Federation said',
      ['officials', 'of', 'russia', 'said'],
      ['the Russian Federation'],
    ],
    ['give us time', ['give', 'us', 'time'], []],
    ['the U.S. said', ['the', 'us', 'said'], []],
  ];
  for (const [text, norms, long] of cases) {
    const out = canonicalizeWords(tokenizeWords(text), findAliasForms(text));
    assert.deepEqual(
      out.map((w) => w.norm),
      norms,
      text,
    );
    assert.deepEqual(
      out.filter((w) => w.alias?.isLong).map((w) => w.alias?.surface),
      long,
      text,
    );
  }
});

test('winnowing finds any shared run of 8 words', () => {
  const a = 'the council voted to close the old ferry terminal by the end of the year'.split(' ');
  const b = 'fishermen said the council voted to close the old ferry terminal quickly'.split(' ');
  const c = 'astronomers first spotted the comet in photographs taken last march'.split(' ');
  const fa = new Set(winnowHashes(hashShingles(a)));
  assert.ok(winnowHashes(hashShingles(b)).some((h) => fa.has(h)));
  assert.ok(!winnowHashes(hashShingles(c)).some((h) => fa.has(h)));
});
