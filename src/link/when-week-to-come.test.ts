import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A week the text names as still to come moves no story off its day (invented people; published on Sunday
// 2017-06-04, so "May 28" lies in the week before).
const CASES: WhenCase[] = [
  [
    'a plan "to be unveiled … later this week" between a dated quote and the same speaker\'s next one',
    'On May 28, Ann Roe said the bridge would reopen. She also announced a ferry plan to be unveiled at the ' +
      'council later this week.\n\n"We had no choice," she said.',
    (t) => [
      quote(t, 'indirect', 'the bridge would reopen', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We had no choice,', 'said', 'Ann Roe'),
    ],
    '2017-05-28',
    'link/when-speaker-day',
  ],
  [
    'must stay undated: a week that has passed moves the story ("Earlier this week, the council voted …")',
    'On May 28, Ann Roe said the bridge would reopen. Earlier this week, the council voted to close it.\n\n' +
      '"We had no choice," she said.',
    (t) => [
      quote(t, 'indirect', 'the bridge would reopen', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We had no choice,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
