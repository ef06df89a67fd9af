import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A lead summing up words with no day, the next sentence dating the same speaker's talk (invented people; published
// on Sunday 2017-06-04).
const RULE = 'link/when-lead-next-day';
const LEAD = 'As the mayor toured the flooded docks, his son said the fight for the city had just begun.';
const CASES: WhenCase[] = [
  [
    'the name and an appositive, then "talked … Friday"',
    `${LEAD}\n\nTom Orr, son of the mayor, talked politics Friday on a morning show.`,
    (t) => [quote(t, 'indirect', 'the fight for the city had just begun', 'said', 'Tom Orr')],
    '2017-06-02',
    RULE,
  ],
  [
    '"appeared … on Friday"',
    `Orr Says City Will Rebuild.\n\nThe mayor's son, Tom Orr, said the docks along the river would reopen to ships once the water drops.\n\nOrr appeared on a radio show on Friday.`,
    (t) => [
      quote(
        t,
        'indirect',
        'the docks along the river would reopen to ships once the water drops',
        'said',
        'Tom Orr',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
];

testLastDated(CASES);

// Quotes the rule must leave (another rule may still date them).
const NOT_CASES: [string, string, (t: string) => Quote[]][] = [
  [
    'not another person in the next sentence',
    `${LEAD}\n\nAnn Vell, a rival, talked politics Friday on a morning show.`,
    (t) => [quote(t, 'indirect', 'the fight for the city had just begun', 'said', 'Tom Orr')],
  ],
  [
    'not an act that tells no speech',
    `${LEAD}\n\nTom Orr, son of the mayor, flew home Friday from the coast.`,
    (t) => [quote(t, 'indirect', 'the fight for the city had just begun', 'said', 'Tom Orr')],
  ],
  [
    'not words the lead dates otherwise',
    'As the mayor toured the docks in May, his son said the fight had just begun.\n\nTom Orr, son of the mayor, talked politics Friday on a morning show.',
    (t) => [quote(t, 'indirect', 'the fight had just begun', 'said', 'Tom Orr')],
  ],
  [
    'not a day inside the words the next sentence reports',
    'Tarn Corp said it completed its purchase of Vell Mills Inc.\n\nTarn said under the Nov 25, 2016, agreement it paid cash for the shares.',
    (t) => [quote(t, 'indirect', 'it completed its purchase of Vell Mills Inc', 'said', 'Tarn Corp')],
  ],
  [
    'not a quote after the lead',
    `${LEAD}\n\nTom Orr talked politics Friday on a morning show.\n\nHis sister said the city would cope.`,
    (t) => [quote(t, 'indirect', 'the city would cope', 'said', 'Tom Orr')],
  ],
];

for (const [name, text, quotes] of NOT_CASES)
  test(`when: ${name}`, () => {
    assert.notEqual(lastDated(text, quotes)?.whenRule, RULE);
  });
