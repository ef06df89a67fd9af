import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A speaker's day is not carried past a sentence telling the speaker's words of another time (invented people and
// places; published on Sunday 2017-06-04).
const RULE = 'link/when-speaker-day';
const LEAD = 'Mayor Ann Roe told the inquiry on Friday that the bridge was safe.\n\n';
const lead = (t: string) => quote(t, 'indirect', 'the bridge was safe', 'told', 'Ann Roe');
const later = (t: string) => [
  lead(t),
  quote(t, 'indirect', 'the council knew of the cracks', 'said', 'Ann Roe'),
];

const CASES: WhenCase[] = [
  [
    "carried past another source's words of another time",
    `${LEAD}Her lawyers have said she was misled.\n\nRoe said the council knew of the cracks.`,
    later,
    '2017-06-02',
    RULE,
  ],
  [
    "not past the speaker's own words told as of another time",
    `${LEAD}Roe has previously told the inquiry that she was misled. Roe said the council knew of the cracks.`,
    later,
    null,
    null,
  ],
];

testLastDated(CASES);
