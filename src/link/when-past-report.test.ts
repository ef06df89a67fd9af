import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

// The statement's date follows: an aside's month, a town hall's day (article of Wednesday 2017-06-07).
const DATED: [string, string, string][] = [
  [
    'The toll, Mayor Ann Roe said in May, would pay for the new pier.',
    'would pay for the new pier',
    '2017-05',
  ],
  [
    '"If the ferry had stopped," Ann Roe said at a Radio Vell town hall on Monday, "we would be cut off."',
    'we would be cut off.',
    '2017-06-05',
  ],
];
for (const [text, content, when] of DATED)
  test(`when: a past verb of report dates its day or month — ${text}`, () => {
    const q = analyze({ id: 'a', date: '2017-06-07', text }).quotes.find((x) => x.content.includes(content));
    assert.equal(q?.when, when);
  });
