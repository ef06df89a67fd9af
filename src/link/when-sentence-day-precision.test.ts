import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Days in the quote's sentence that are not the statement's (issue #3; invented people and places; published on
// Sunday 2017-06-04).
const DAY = 'link/when-sentence-day';

const CASES: WhenCase[] = [
  [
    'must stay undated: a quote with no cue inside the narration of a dated event',
    'Police said Tom Vell was driving a van "far too fast for the lane" near Dunmore on the night of May 30 ' +
      'and struck a fence.',
    (t) => [quote(t, 'direct', 'far too fast for the lane', null, null)],
    null,
    null,
  ],
  [
    'must stay undated: a cue set off by commas inside the reported clause',
    'As of Friday, Harlow Ltd said, about 3,000 shares had been tendered.',
    (t) => [quote(t, 'indirect', 'about 3,000 shares had been tendered', 'said', 'Harlow Ltd')],
    null,
    null,
  ],
  [
    'must stay undated: a year before a cue set off by commas',
    'Last year, he said, ferry traffic at Dunmore hit a record 71,000 crossings.',
    (t) => [
      quote(t, 'indirect', 'ferry traffic at Dunmore hit a record 71,000 crossings', 'said', 'Tom Hale'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: "the Sunday Times" names a newspaper',
    'Ann Roe told the Sunday Times that the ferry would return.',
    (t) => [quote(t, 'indirect', 'the ferry would return', 'told the Sunday Times', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: the cue in a clause "in which" about a recording',
    'On Friday, Mayor Lina Vell refused to resign after the leak of a tape in which someone says Vell "has no ' +
      'idea how ferries work."',
    (t) => [quote(t, 'direct', 'has no idea how ferries work.', 'says', null)],
    null,
    null,
  ],
  [
    'a cue without commas after the opening day still takes it',
    'As of Friday, Harlow Ltd said about 3,000 shares had been tendered.',
    (t) => [quote(t, 'indirect', 'about 3,000 shares had been tendered', 'said', 'Harlow Ltd')],
    '2017-06-02',
    DAY,
  ],
  [
    'a clause "where" the statement was made keeps the day',
    'On May 30, two officials went to the Dunmore police station, where they claimed Tom Vell had taken the keys.',
    (t) => [quote(t, 'indirect', 'Tom Vell had taken the keys', 'claimed', 'two officials')],
    '2017-05-30',
    DAY,
  ],
];

testLastDated(CASES);
