import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day counted from a statement's day: "the day before", "the previous day" (invented people; published on
// Sunday 2017-06-04).
const RULE = 'link/when-day-before-statement';

const CASES: WhenCase[] = [
  [
    'the day before a statement read from a day name as the coming one ("on Monday: … would be")',
    '"If there had been no bridge," Ann Roe said at a Vell town hall on Monday, "we would be looking at ' +
      'ferries now."\n\nOn Radio Vell the day before, she said, "The tolls must stay."',
    (t) => [
      quote(t, 'direct', 'we would be looking at ferries now.', 'said', 'Ann Roe'),
      quote(t, 'direct', 'The tolls must stay.', 'said', 'Ann Roe'),
    ],
    '2017-05-28',
    RULE,
  ],
  [
    'the previous day, counted from a dated statement',
    'Ann Roe said at a rally on Friday that the tolls must stay. The previous day, she told Radio Vell the ' +
      'ferries were too slow.',
    (t) => [
      quote(t, 'indirect', 'the tolls must stay', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the ferries were too slow', 'told Radio Vell', 'Ann Roe'),
    ],
    '2017-06-01',
    'link/when-cue-governed',
  ],
  [
    'must not take the statement day itself: "the day before" an event of its own',
    'Ann Roe said on Friday that the tolls must stay. She told Radio Vell the day before the vote ' +
      'that the ferries were too slow.',
    (t) => [
      quote(t, 'indirect', 'the tolls must stay', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the ferries were too slow', 'told Radio Vell', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
