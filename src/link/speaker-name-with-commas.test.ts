import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWithCommas } from './speaker-name-with-commas.js';

// [text, mention as written, speaker so far, expected] (invented text)
const CASES: [string, string, string, string | null][] = [
  [
    'the National Union of Rail, Sea and Road Workers said the strike would go on.',
    'Sea and Road Workers',
    'Sea and Road Workers',
    'National Union of Rail, Sea and Road Workers',
  ],
  // a sentence's opening conjunction is no part of the name
  [
    'But Tom Vell of Harbury, Marsh and Co said the rate would rise.',
    'Harbury, Marsh and Co',
    'Marsh and Co',
    'Tom Vell of Harbury, Marsh and Co',
  ],
  [
    'Yet Ann Tull of Lorne, Keel and Co said so.',
    'Keel and Co',
    'Keel and Co',
    'Ann Tull of Lorne, Keel and Co',
  ],
  // negatives: no list after "of"; the speaker already whole
  ['The Lorne Board said so.', 'The Lorne Board', 'Lorne Board', null],
  [
    'Tom Vell of Harbury, Marsh and Co said so.',
    'Harbury, Marsh and Co',
    'Tom Vell of Harbury, Marsh and Co',
    null,
  ],
];

test('nameWithCommas: a body named by a comma list after "of"', () => {
  for (const [text, written, speaker, expected] of CASES) {
    const start = text.indexOf(written);
    assert.equal(nameWithCommas(speaker, { start, end: start + written.length }, text), expected, text);
  }
});
