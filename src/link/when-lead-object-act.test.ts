import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A lead dating a statement whose source is the object of what its subject received ("received the endorsement of
// Gov. Ann Vell on Friday"), then that source's words (invented people; published on Sunday 2017-06-04).
const RULE = 'link/when-lead-object-act';
const LEAD =
  'Tom Orr, who badly needs a win in the Lorne primary, received the endorsement of Gov. Ann Vell (R) on Friday, giving his bid a lift before the vote.';
const CASES: WhenCase[] = [
  [
    'the giver by surname',
    `${LEAD}\n\n"I will be voting for Tom Orr," Vell said in an interview with a radio host.`,
    (t) => [quote(t, 'direct', 'I will be voting for Tom Orr,', 'said', 'Ann Vell')],
    '2017-06-02',
    RULE,
  ],
  [
    'the giver by the title the lead abbreviates ("the governor")',
    `${LEAD}\n\n"He has the grit this state needs," the governor said.`,
    (t) => [quote(t, 'direct', 'He has the grit this state needs,', 'said', 'the governor')],
    '2017-06-02',
    RULE,
  ],
  [
    'a headline line first, and a year inside a relative aside',
    `Lorne governor backs Orr - but also has kind words for rival.\n\n${LEAD}\n\nVell, who is running for reelection this year, praised Orr for his "steady hand in hard times."`,
    (t) => [quote(t, 'direct', 'steady hand in hard times.', 'praised', 'Ann Vell')],
    '2017-06-02',
    RULE,
  ],
];

testLastDated(CASES);

// Quotes the rule must leave (another rule may still date them: the story's day).
const NOT_CASES: [string, string, (t: string) => Quote[]][] = [
  [
    'not the subject who received it',
    `${LEAD}\n\n"I am grateful for her trust," Orr said.`,
    (t: string) => [quote(t, 'direct', 'I am grateful for her trust,', 'said', 'Tom Orr')],
  ],
  [
    'not a group that is no one source ("the support of most voters")',
    'Tom Orr won the support of most voters in Lorne on Friday, a poll of the district showed.\n\n"It will be close," Vell said.',
    (t: string) => [quote(t, 'direct', 'It will be close,', 'said', 'Ann Vell')],
  ],
  [
    'not after another date',
    `${LEAD}\n\nVell had met both men in 2015.\n\n"I will be voting for Tom Orr," Vell said.`,
    (t: string) => [quote(t, 'direct', 'I will be voting for Tom Orr,', 'said', 'Ann Vell')],
  ],
  [
    'not an earlier occasion',
    `${LEAD}\n\n"He is not ready," Vell said in an earlier interview.`,
    (t: string) => [quote(t, 'direct', 'He is not ready,', 'said', 'Ann Vell')],
  ],
  [
    'not words said now ("says")',
    `${LEAD}\n\n"He is the one," Vell says.`,
    (t: string) => [quote(t, 'direct', 'He is the one,', 'says', 'Ann Vell')],
  ],
];

for (const [name, text, quotes] of NOT_CASES)
  test(`when: ${name}`, () => {
    assert.notEqual(lastDated(text, quotes)?.whenRule, RULE);
  });
