import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A victory or concession speech of a person the lead's dated result names (invented people; published on Sunday
// 2017-06-04).
const RULE = 'link/when-victory-speech';
const LEAD = 'Ann Roe prevailed in the Lorne primary on Friday, extending her run of wins over Tom Vell.';
const CASES: WhenCase[] = [
  [
    'a victory speech, a day to come in a relative aside',
    `${LEAD}\n\nIn a victory speech from Dunmore -- which holds its caucus on Saturday -- Roe argued she is the stronger candidate.`,
    (t) => [quote(t, 'indirect', 'she is the stronger candidate', 'argued', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'a concession speech of the one the lead names as beaten',
    'Ann Roe defeated Tom Vell in the Lorne primary on Friday by a wide margin.\n\n"We will be back," Vell said in his concession speech.',
    (t) => [quote(t, 'direct', 'We will be back,', 'said', 'Tom Vell')],
    '2017-06-02',
    RULE,
  ],
  [
    'congratulations of the one the lead names as beaten',
    `${LEAD}\n\nVell tweeted congratulations to Roe, adding "to all who worked so hard: onward!"`,
    (t) => [quote(t, 'direct', 'to all who worked so hard: onward!', 'adding', 'Tom Vell')],
    '2017-06-02',
    RULE,
  ],
  [
    'a victory as a noun, a clock time between',
    'Ann Roe scored a decisive victory in Friday\'s Lorne primary, ending the hopes of Tom Vell.\n\nThe race was called when polls closed at 8 p.m.\n\n"We will be back," Vell said in a brief concession speech.',
    (t) => [quote(t, 'direct', 'We will be back,', 'said', 'Tom Vell')],
    '2017-06-02',
    RULE,
  ],
];

testLastDated(CASES);

// Quotes the rule must leave (another rule may still date them).
const NOT_CASES: [string, string, (t: string) => Quote[]][] = [
  [
    'not a speaker the lead does not name',
    `${LEAD}\n\nIn a victory speech, Roe thanked her staff.\n\n"She ran a fine race," Mia Sand said in a victory speech of her own.`,
    (t) => [quote(t, 'direct', 'She ran a fine race,', 'said', 'Mia Sand')],
  ],
  [
    'not a lead with no result',
    'Ann Roe campaigned in the Lorne primary on Friday, shaking hands at the market.\n\n"We will win," Roe said in a victory speech.',
    (t) => [quote(t, 'direct', 'We will win,', 'said', 'Ann Roe')],
  ],
  [
    'not after another date',
    `${LEAD}\n\nRoe first ran for office in 2009.\n\n"We did it," Roe said in a victory speech.`,
    (t) => [quote(t, 'direct', 'We did it,', 'said', 'Ann Roe')],
  ],
  [
    'not a sentence naming no such speech',
    `${LEAD}\n\n"We did it," Roe said.`,
    (t) => [quote(t, 'direct', 'We did it,', 'said', 'Ann Roe')],
  ],
];

for (const [name, text, quotes] of NOT_CASES)
  test(`when: ${name}`, () => {
    assert.notEqual(lastDated(text, quotes)?.whenRule, RULE);
  });
