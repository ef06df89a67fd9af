import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote of a person whose statement the paragraph has just narrated with a date (invented people; published on
// Sunday 2017-06-04).
const RULE = 'link/when-narrated-speech';
const CASES: WhenCase[] = [
  [
    'the speech act before its day: "hinted as much on Friday when …"',
    'Mayor Ann Roe hinted as much on Friday when reporters asked about the toll. Ms. Roe acknowledged that the city was trying to cut costs.',
    (t) => [quote(t, 'indirect', 'the city was trying to cut costs', 'acknowledged', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'a week before the quote: "warned last week that …"',
    'Union leader Ivo Lund warned last week that there could be more strikes. "There is no choice," he said.',
    (t) => [quote(t, 'direct', 'There is no choice,', 'said', 'Ivo Lund')],
    '2017-05',
    RULE,
  ],
  [
    'not a verb that is no speech act ("arrived")',
    'Mayor Ann Roe arrived in Dunmore on Friday when the storm hit. Ms. Roe acknowledged that the city was trying to cut costs.',
    (t) => [quote(t, 'indirect', 'the city was trying to cut costs', 'acknowledged', 'Ann Roe')],
    null,
    null,
  ],
  [
    "not another person's speech act",
    'Mayor Ann Roe hinted as much on Friday when reporters asked about the toll. Councillor Ivo Lund acknowledged that the city was trying to cut costs.',
    (t) => [quote(t, 'indirect', 'the city was trying to cut costs', 'acknowledged', 'Ivo Lund')],
    null,
    null,
  ],
];

testLastDated(CASES);
