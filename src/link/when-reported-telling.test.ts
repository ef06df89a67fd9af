import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A telling reported inside another quote's words takes no day of the report (linkDates; invented people;
// published on Sunday 2017-06-04). The inner quote is the last.
const CASES: WhenCase[] = [
  [
    "an admission in court on Friday of what she told police: not Friday's ('acknowledged in court Friday she told police …')",
    'Ada Vell acknowledged in court Friday she told police she had never seen the ledger.',
    (t) => [
      quoteIn(t, 'indirect', 'she told police she had never seen the ledger', 'acknowledged', 'Ada Vell'),
      quoteIn(t, 'indirect', 'she had never seen the ledger', 'told police', 'Ada Vell'),
    ],
    null,
    null,
  ],
  [
    "a partner's words told on Friday's stand: not Friday's ('testified on Friday that his partner told him …')",
    'Tom Orr testified on Friday that his partner told him the deal was dead.',
    (t) => [
      quoteIn(t, 'indirect', 'his partner told him the deal was dead', 'testified', 'Tom Orr'),
      quoteIn(t, 'indirect', 'the deal was dead', 'told him', 'his partner'),
    ],
    null,
    null,
  ],
  [
    "nor the day of the report's next sentence ('… she told detectives the ledger was hers. She said …')",
    'Ada Vell admitted in court on Friday that she told detectives the ledger was hers.',
    (t) => [
      quoteIn(t, 'indirect', 'she told detectives the ledger was hers', 'admitted', 'Ada Vell'),
      quoteIn(t, 'indirect', 'the ledger was hers', 'told detectives', 'Ada Vell'),
    ],
    null,
    null,
  ],
  [
    "a thought voiced in the same statement keeps the report's day ('said on Friday that he estimated …')",
    'Tom Orr said on Friday that he estimated the count would end by June 10.',
    (t) => [
      quoteIn(t, 'indirect', 'he estimated the count would end by June 10', 'said', 'Tom Orr'),
      quoteIn(t, 'indirect', 'the count would end by June 10', 'estimated', 'Tom Orr'),
    ],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    "the report's own quote keeps its day ('acknowledged in court Friday she told police …')",
    'Ada Vell acknowledged in court Friday she told police she had never seen the ledger.',
    (t) => [
      quoteIn(t, 'indirect', 'she told police she had never seen the ledger', 'acknowledged', 'Ada Vell'),
    ],
    '2017-06-02',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
