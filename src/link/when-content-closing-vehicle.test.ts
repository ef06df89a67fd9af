import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// An indirect quote read to run on to the occasion of the speaker's words, which names its day (invented people
// and outlets; published on Sunday 2017-06-04).
const RULE = 'link/when-content-closing-vehicle';
const CASES: WhenCase[] = [
  [
    '"… in an interview with Kestrel Radio on Friday"',
    'Senator Ann Roe said the plan was dead in an interview with Kestrel Radio on Friday.',
    (t) => [
      quote(
        t,
        'indirect',
        'the plan was dead in an interview with Kestrel Radio on Friday',
        'said',
        'Ann Roe',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    '"… on Friday\'s broadcast of Kestrel\'s Late Desk"',
    "Senator Ann Roe stated that the plan was dead on Friday's broadcast of Kestrel's Late Desk.",
    (t) => [
      quote(
        t,
        'indirect',
        "the plan was dead on Friday's broadcast of Kestrel's Late Desk",
        'stated',
        'Ann Roe',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    '"… at a news conference in Velden late Tuesday"',
    'Senator Ann Roe said the plan was dead at a news conference in Velden late Tuesday.',
    (t) => [
      quote(
        t,
        'indirect',
        'the plan was dead at a news conference in Velden late Tuesday',
        'said',
        'Ann Roe',
      ),
    ],
    '2017-05-30',
    RULE,
  ],
];
testLastDated(CASES);

// [name, text, content]: the day belongs to what was said
const NOT: Array<[string, string, string]> = [
  [
    'a day of the reported event',
    'Senator Ann Roe said the ferry sank on Friday.',
    'the ferry sank on Friday',
  ],
  [
    'a debate, where what is reported may have happened',
    "Senator Ann Roe said the mayor lied during Tuesday's debate.",
    "the mayor lied during Tuesday's debate",
  ],
  [
    'a meeting of the reported event',
    'Senator Ann Roe said the plan was agreed at a meeting on Friday.',
    'the plan was agreed at a meeting on Friday',
  ],
];
for (const [name, text, content] of NOT)
  test(`when: not a closing vehicle — ${name}`, () => {
    const q = lastDated(text, (t) => [quote(t, 'indirect', content, 'said', 'Ann Roe')]);
    assert.notEqual(q?.whenRule, RULE);
  });
