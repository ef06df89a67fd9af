import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// An occasion first named with a relative clause that dates it ("an interview … that aired Sunday"), referred
// back to with "the" (invented people and outlets; published on Sunday 2017-06-04).
const RULE = 'link/when-occasion-referent';
const CASES: WhenCase[] = [
  [
    '"… an interview with Kestrel TV that aired Friday … Roe said in the interview"',
    'The row began after an interview with Kestrel TV that aired Friday. Ben Vell said the port was shut. "We will win," Roe said in the interview.',
    (t) => [
      quote(t, 'indirect', 'the port was shut', 'said', 'Ben Vell'),
      quote(t, 'direct', 'We will win,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    '"… a rally which was held on Thursday … At the rally, Roe said"',
    'The row began after a rally which was held on Thursday. Ben Vell said the port was shut. At the rally, Roe said the port would reopen.',
    (t) => [
      quote(t, 'indirect', 'the port was shut', 'said', 'Ben Vell'),
      quote(t, 'indirect', 'the port would reopen', 'said', 'Ann Roe'),
    ],
    '2017-06-01',
    RULE,
  ],
];
testLastDated(CASES);

test('when: not an occasion dated by a relative clause about someone else ("… the woman who was arrested on Friday")', () => {
  const q = lastDated(
    'The row began after an interview with the woman who was arrested on Friday. Ben Vell said the port was shut. In the interview, Roe said the port would reopen.',
    (t) => [
      quote(t, 'indirect', 'the port was shut', 'said', 'Ben Vell'),
      quote(t, 'indirect', 'the port would reopen', 'said', 'Ann Roe'),
    ],
  );
  assert.notEqual(q?.whenRule, RULE);
});
