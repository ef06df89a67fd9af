import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day that ends a reported period ("the week ended Wednesday") is not the day of speaking; the end of an event
// ("a meeting that ended last night") still is (invented bank; published on Sunday 2017-06-04).
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
    '"the period that ended on <day>": the same',
    'Commenting on the two-week period that ended on Wednesday, the Vell Reserve said that banks had free reserves of 600 mln dlrs.',
    (t) => [quote(t, 'indirect', 'banks had free reserves of 600 mln dlrs', 'said', 'Vell Reserve')],
    null,
    null,
  ],
  [
    'a meeting that ended on a day: the statement issued after it is of that day',
    'Trade ministers of five nations agreed on a toll plan but said more action was needed.\n\nIn a communique issued after a four-hour meeting at the U.S. Treasury that ended last night, the ministers said the vell was stable.',
    (t) => [quote(t, 'indirect', 'the vell was stable', 'said', 'the ministers')],
    '2017-06-03',
    'link/when-sentence-day',
  ],
  [
    'a day of commenting, not of what was commented on',
    'Ada Vessin, chairman of Tarn Spa, commenting on the results last night on Kelso television, said the reaction would be strong.',
    (t) => [quote(t, 'indirect', 'the reaction would be strong', 'said', 'Ada Vessin')],
    '2017-06-03',
    'link/when-sentence-day',
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
