import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The sentence before tells the speaker putting out a document on a day, the quote's cue reads it (invented people;
// published on Sunday 2017-06-04).
const RULE = 'link/when-released-document';
const CASES: WhenCase[] = [
  [
    'a memo with a quoted title, then "He writes"',
    'The race has turned bitter.\n\nOn Friday night, campaign manager Tom Orr released a memo titled "Where the Race Stands."\n\nHe writes Vell has "built a lead that cannot be overcome."',
    (t) => [quote(t, 'direct', 'built a lead that cannot be overcome.', 'writes', 'Tom Orr')],
    '2017-06-02',
    RULE,
  ],
  [
    'a letter, then "wrote"',
    'The union has asked for talks.\n\nAnn Roe sent a letter to the board on Friday.\n\n"We will not sign," Roe wrote.',
    (t) => [quote(t, 'direct', 'We will not sign,', 'wrote', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
];

testLastDated(CASES);

// Quotes the rule must leave (another rule may still date them).
const NOT_CASES: [string, string, (t: string) => Quote[]][] = [
  [
    'not a document of another',
    'The race has turned bitter.\n\nOn Friday night, Ann Roe released a memo on the delegates.\n\nTom Orr writes Vell has "built a lead that cannot be overcome."',
    (t) => [quote(t, 'direct', 'built a lead that cannot be overcome.', 'writes', 'Tom Orr')],
  ],
  [
    'not a cue that reads no document ("said")',
    'The race has turned bitter.\n\nOn Friday night, Tom Orr released a memo on the delegates.\n\n"We are ahead," Orr said at a dinner.',
    (t) => [quote(t, 'direct', 'We are ahead,', 'said', 'Tom Orr')],
  ],
  [
    'not a quote whose sentence has its own time',
    'The race has turned bitter.\n\nOn Friday night, Tom Orr released a memo on the delegates.\n\nIn a 2015 book, Orr wrote that "every vote counts in the end."',
    (t) => [quote(t, 'direct', 'every vote counts in the end.', 'wrote', 'Tom Orr')],
  ],
];

for (const [name, text, quotes] of NOT_CASES)
  test(`when: ${name}`, () => {
    assert.notEqual(lastDated(text, quotes)?.whenRule, RULE);
  });
