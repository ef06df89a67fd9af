import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day name with a part of the day ("Monday evening") that the cue governs, read by the dates stage as the coming
// one (a "would" in the reported words nearby), is the last one: a statement is not made after its article
// (invented people and outlets; published on Sunday 2017-06-04).
const CUE = 'link/when-cue-governed';

const CASES: WhenCase[] = [
  [
    '"told a reporter Monday evening that she "would …""',
    'Ann Roe told a Kestrel Post reporter Monday evening that she "would be surprised if the pier closed."',
    (t) => [
      quote(t, 'direct', 'would be surprised if the pier closed.', 'told a Kestrel Post reporter', 'Ann Roe'),
    ],
    '2017-05-29',
    CUE,
  ],
  [
    '"acknowledged in a radio forum Thursday night "it will be …""',
    'Ann Roe acknowledged in a radio forum Thursday night "it will be very hard for us to win" the vote.',
    (t) => [quote(t, 'direct', 'it will be very hard for us to win', 'acknowledged', 'Ann Roe')],
    '2017-06-01',
    CUE,
  ],
  [
    'must stay undated: a coming evening the cue does not govern',
    'Ann Roe told a Kestrel Post reporter that she "would be surprised if the pier closed." The council will ' +
      'vote Monday evening.',
    (t) => [
      quote(t, 'direct', 'would be surprised if the pier closed.', 'told a Kestrel Post reporter', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
