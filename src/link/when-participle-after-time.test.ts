import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A participle report after the time phrase that closes its main clause (invented people and places; published on
// Sunday 2017-06-04).
const RULE = 'link/when-participle-after-time';
const CASES: WhenCase[] = [
  [
    '"… halted the talks last February, saying …" (any main verb)',
    'It was the third strike since the union halted the talks last February, saying the offer was too low.',
    (t) => [quote(t, 'indirect', 'the offer was too low', 'saying', 'the union')],
    '2017-02',
    RULE,
  ],
  [
    '"… wrote to the mayor on Friday, demanding that …"',
    'Ann Roe also wrote to the mayor of Dunmore on Friday, demanding that the park be reopened.',
    (t) => [quote(t, 'indirect', 'the park be reopened', 'demanding', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'the second participle of a chain: "…, demanding that X and saying Y"',
    'Ann Roe also wrote to the mayor of Dunmore on Friday, demanding that the park be reopened and saying she would sue.',
    (t) => [
      quote(t, 'indirect', 'the park be reopened', 'demanding', 'Ann Roe'),
      quote(t, 'indirect', 'she would sue', 'saying', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
];
testLastDated(CASES);

// Not this rule (another may still date the quote: a day alone in its sentence, say).
const NOT: Array<[string, string, (t: string) => Quote[]]> = [
  [
    'not a quarter, which tells the figures\' period: "… a loss in the first quarter, saying …"',
    'Velden Mills reported a loss in the first quarter, saying demand for paper had fallen.',
    (t) => [quote(t, 'indirect', 'demand for paper had fallen', 'saying', 'Velden Mills')],
  ],
  [
    'not a time closing a relative clause: "… a plan that the council backed on Friday, saying …"',
    'Ann Roe attacked a plan that the council backed on Friday, saying it cost too much.',
    (t) => [quote(t, 'indirect', 'it cost too much', 'saying', 'Ann Roe')],
  ],
  [
    'not a participle after a bare year that names a thing: "… the 2015 plan, saying …"',
    'Ann Roe attacked the council over its 2015 plan, saying it cost too much.',
    (t) => [quote(t, 'indirect', 'it cost too much', 'saying', 'Ann Roe')],
  ],
];
for (const [name, text, quotes] of NOT)
  test(`when: ${name}`, () => assert.notEqual(lastDated(text, quotes)?.whenRule, RULE));
