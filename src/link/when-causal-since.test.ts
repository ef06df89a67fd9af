import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutCausalSince } from './when-rule.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A "since" of reason ("Since the ferry is so old, …") opens no other time: the speaker's day goes on; a "since" of
// time still stops it (invented people and places; published on Sunday 2017-06-04).
const LEAD =
  'Mayor Ann Roe told the inquiry on Friday that the bridge was safe.\n\nFerry workers said the hull was sound.\n\n';
const lead = (t: string) => quote(t, 'indirect', 'the bridge was safe', 'told', 'Ann Roe');
const later = (content: string) => (t: string) => [
  lead(t),
  quote(t, 'indirect', 'the hull was sound', 'said', 'Ferry workers'),
  quote(t, 'indirect', content, 'Roe said', 'Ann Roe'),
];

const CASES: WhenCase[] = [
  [
    'a since of reason, present tense',
    `${LEAD}Since the ferry is so old, Roe said, the council must pay for its repair.`,
    later('the council must pay for its repair'),
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'a since of reason, "does not"',
    `${LEAD}Since the toll does not cover the repair, Roe said, the council must pay for it.`,
    later('the council must pay for it'),
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'negative: a since of time',
    `${LEAD}Since the storm of 2009, Roe said, the council has paid for every repair.`,
    later('the council has paid for every repair'),
    null,
    null,
  ],
  [
    'negative: a since of time with a past clause',
    `${LEAD}Since she took office, Roe said, the council has paid for every repair.`,
    later('the council has paid for every repair'),
    null,
    null,
  ],
];

testLastDated(CASES);

test('withoutCausalSince blanks only a since of reason', () => {
  assert.equal(withoutCausalSince('Since the ferry is old').trim().startsWith('the'), true);
  assert.equal(withoutCausalSince('since 2009'), 'since 2009');
  assert.equal(withoutCausalSince('Roe has since said'), 'Roe has since said');
  assert.equal(withoutCausalSince('since he was elected'), 'since he was elected');
});
