import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A date opening the sentence, its subject followed by a relative clause set off by commas (invented people and
// places; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    '"Earlier this month, Ann Roe, who ran the port when it was sold, conceded …"',
    'Earlier this month, Ann Roe, who ran the port when it was sold to Velden, conceded the deal was regrettable.',
    (t) => [quote(t, 'indirect', 'the deal was regrettable', 'conceded', 'Ann Roe')],
    '2017-06',
    'link/when-sentence-opener',
  ],
];
testLastDated(CASES);

test('when: the opening date does not date a cue inside the relative clause', () => {
  const q = lastDated('Earlier this month, Ann Roe, who said she was tired of the port, resigned.', (t) => [
    quote(t, 'indirect', 'she was tired of the port', 'said', 'Ann Roe'),
  ]);
  assert.notEqual(q?.whenRule, 'link/when-sentence-opener');
});
