import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// "he said then", and remarks dated after them by the speaker's possessive (invented people and outlets;
// published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    '"…," she said then — the one time of the sentence before',
    'Her words echo those Ann Roe spoke at a rally in Lonsby, N.C. on May 2.\n"We will win the port back," she said then.',
    (t) => [quote(t, 'direct', 'We will win the port back,', 'said', 'Ann Roe')],
    '2017-05-02',
    'link/when-said-then',
  ],
  [
    '"Roe\'s comments came during a Kestrel TV interview Friday" after the quote',
    '"The port is a disgrace," Ann Roe said.\n\nRoe\'s comments came during a Kestrel TV interview Friday when she was asked about the mayor.',
    (t) => [quote(t, 'direct', 'The port is a disgrace,', 'said', 'Ann Roe')],
    '2017-06-02',
    'link/when-remarks-dated-after',
  ],
];
testLastDated(CASES);

test('when: "said then" with two times before it is not dated by that rule', () => {
  const q = lastDated(
    'She spoke at a rally on May 2 and at a dinner on May 9.\n"We will win the port back," she said then.',
    (t) => [quote(t, 'direct', 'We will win the port back,', 'said', 'Ann Roe')],
  );
  assert.notEqual(q?.whenRule, 'link/when-said-then');
});

test("when: another person's comments dated after the quote do not date it", () => {
  const q = lastDated(
    '"The port is a disgrace," Ann Roe said.\n\nVell\'s comments came during a Kestrel TV interview Friday.',
    (t) => [quote(t, 'direct', 'The port is a disgrace,', 'said', 'Ann Roe')],
  );
  assert.notEqual(q?.whenRule, 'link/when-remarks-dated-after');
});
