import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Issue 3 classes (invented sentences; published Sunday 2017-06-04): a day written with its year relative to the
// publication ("On March 18 of last year"), a count of months from it ("Four months later"), and a definite
// occasion ("after the meeting") whose date the text gave with its verb ("met … on Friday") sentences before.
const CASES: WhenCase[] = [
  [
    '"On March 18 of last year, the board reported that …"',
    'Tarn farmers will plant more wheat, the board said. On March 18 of last year, the board reported that farmers intended to plant 9 mln acres.',
    (t) => [
      quote(t, 'indirect', 'Tarn farmers will plant more wheat', 'said', 'the board'),
      quote(t, 'indirect', 'farmers intended to plant 9 mln acres', 'reported', 'the board'),
    ],
    '2016-03-18',
    'link/when-cue-governed',
  ],
  [
    '"On March 18 of last year … farmers in 2016 … Four months later, the board estimated that …"',
    'On March 18 of last year, the board reported that farmers in 2016 intended to plant 9 mln acres. Four months later, the board estimated that 8 mln acres had been planted.',
    (t) => [
      quote(t, 'indirect', 'farmers in 2016 intended to plant 9 mln acres', 'reported', 'the board'),
      quote(t, 'indirect', '8 mln acres had been planted', 'estimated', 'the board'),
    ],
    '2016-07',
    'link/when-cue-governed',
  ],
  [
    'not counted from a year that does not hold the day: "… in 2010 … Four months later"',
    'On March 18 of last year, the board reported that farmers in 2010 planted 9 mln acres. Four months later, the board estimated that 8 mln acres had been planted.',
    (t) => [
      quote(t, 'indirect', 'farmers in 2010 planted 9 mln acres', 'reported', 'the board'),
      quote(t, 'indirect', '8 mln acres had been planted', 'estimated', 'the board'),
    ],
    null,
    null,
  ],
  [
    '"Ministers met in Lorne on Friday. … [four sentences] … Speaking to reporters after the meeting, Brisk said"',
    'Tarn finance ministers met in Lorne on Friday to discuss the krone. They agreed to keep rates steady. Markets were calm. Dealers expected little change. The krone rose slightly. Speaking to reporters after the meeting, finance minister Ola Brisk said the group would act.',
    (t) => [quote(t, 'indirect', 'the group would act', 'said', 'Ola Brisk')],
    '2017-06-02',
    'link/when-occasion-referent',
  ],
  [
    '"The assembly debated the bill on Monday. … During the debate, Vell said …"',
    'The Lorne assembly debated the port bill on Monday. The assembly is split. Its chair wants a vote. During the debate, Ada Vell said the port would close.',
    (t) => [quote(t, 'indirect', 'the port would close', 'said', 'Ada Vell')],
    '2017-05-29',
    'link/when-occasion-referent',
  ],
  [
    '"The group\'s meeting on Friday … Speaking to reporters after the meeting, [a long subject] said"',
    "The Tarn group's meeting in Lorne on Friday ended without agreement. They agreed to keep rates steady. Markets were calm. Dealers expected little change. Speaking to reporters after the meeting, the Tarn Republic's deputy finance minister and bank governor Ola Brisk said the group would act.",
    (t) => [quote(t, 'indirect', 'the group would act', 'said', 'Ola Brisk')],
    '2017-06-02',
    'link/when-occasion-referent',
  ],
  [
    'not through a clause of its own after the opening phrase: "After the meeting, the ministers who saw Roe said"',
    "The Tarn group's meeting in Lorne on Friday ended without agreement. They agreed to keep rates steady. Markets were calm. Dealers expected little change. After the meeting, two bankers from the Vell Trust who spoke to Ann Roe and Tom Orr at length said the group would act.",
    (t) => [
      quote(
        t,
        'indirect',
        'the group would act',
        'said',
        'two bankers from the Vell Trust who spoke to Ann Roe and Tom Orr at length',
      ),
    ],
    null,
    null,
  ],
  [
    'not when another meeting is told between: "… Brisk also held a meeting with bankers. … after the meeting"',
    'Tarn finance ministers met in Lorne on Friday to discuss the krone. Markets were calm. Brisk also held a meeting with bankers. Speaking to reporters after the meeting, finance minister Ola Brisk said the group would act.',
    (t) => [quote(t, 'indirect', 'the group would act', 'said', 'Ola Brisk')],
    null,
    null,
  ],
  [
    'not a meeting the text dated with no verb of its own: "Tarn ministers will meet on Friday. … after the meeting"',
    'Tarn finance ministers will meet in Lorne on Friday. Markets were calm. Speaking to reporters after the meeting, finance minister Ola Brisk said the group would act.',
    (t) => [quote(t, 'indirect', 'the group would act', 'said', 'Ola Brisk')],
    null,
    null,
  ],
  [
    'not another occasion of the kind: "The Lords debated the bill on Monday. … after the Commons debate"',
    'The Lords debated the bill on Monday. Markets were calm. Speaking after the Commons debate, Ada Vell said the bill was flawed.',
    (t) => [quote(t, 'indirect', 'the bill was flawed', 'said', 'Ada Vell')],
    null,
    null,
  ],
  [
    'not an undated "met": "Obama has met Roe before. … after the meeting"',
    'Ann Roe has met the mayor before. Markets were calm. Speaking to reporters after the meeting, finance minister Ola Brisk said the group would act.',
    (t) => [quote(t, 'indirect', 'the group would act', 'said', 'Ola Brisk')],
    null,
    null,
  ],
];
testLastDated(CASES);

test('when: not an occasion still to come ("The bill will be debated by the Lords on Sunday. … after the debate")', () => {
  const q = lastDated(
    'The bill will be debated by the Lords on Sunday. Markets were calm. Speaking after the debate, Ada Vell said the bill was flawed.',
    (t) => [quote(t, 'indirect', 'the bill was flawed', 'said', 'Ada Vell')],
  );
  assert.notEqual(q?.whenRule, 'link/when-occasion-referent');
});
