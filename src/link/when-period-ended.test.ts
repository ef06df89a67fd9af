import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day that ends a reported period ("the week ended Wednesday"), or that a "Commenting on …" opener talks about,
// is not the day of speaking (invented bank; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    '"Commenting on the period ended <day>": the day commented on',
    'Commenting on the two-week period ended Wednesday, the Vell Reserve said that banks had free reserves of 600 mln dlrs.',
    (t) => [quote(t, 'indirect', 'banks had free reserves of 600 mln dlrs', 'said', 'Vell Reserve')],
    null,
    null,
  ],
  [
    '"For the week ended <day>": the end of the week counted',
    'For the week ended Wednesday, the Vell Reserve said banks borrowed 300 mln dlrs.',
    (t) => [quote(t, 'indirect', 'banks borrowed 300 mln dlrs', 'said', 'Vell Reserve')],
    null,
    null,
  ],
  [
    '"the period ending <day>": the same',
    'In the period ending Wednesday, banks borrowed 300 mln dlrs, the Vell Reserve said.',
    (t) => [quote(t, 'indirect', 'banks borrowed 300 mln dlrs', 'said', 'Vell Reserve')],
    null,
    null,
  ],
  [
    'a day the report is made on still dates it',
    'The Vell Reserve on Friday said banks borrowed 300 mln dlrs in the week.',
    (t) => [quote(t, 'indirect', 'banks borrowed 300 mln dlrs in the week', 'said', 'Vell Reserve')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
