import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The one day the quote's own sentence gives (invented people; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    'must stay undated: the day of figures pointed to ("Pointing to retail data released yesterday, he said …")',
    'Pointing to retail data released yesterday, Ann Roe said the minister had done well to hold taxes.',
    (t) => [quoteIn(t, 'indirect', 'the minister had done well to hold taxes', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: figures dated by their release after an initial\'s period ("U.K. retail data released yesterday")',
    'Roe pointed to buoyant U.K. Retail data released yesterday, and he said the minister had done well.',
    (t) => [quoteIn(t, 'indirect', 'the minister had done well', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'the day of the sentence still dates its report ("Ann Roe said yesterday …")',
    'Ann Roe, pointing to the retail data, said yesterday the minister had done well to hold taxes.',
    (t) => [quoteIn(t, 'indirect', 'the minister had done well to hold taxes', 'said', 'Ann Roe')],
    '2017-06-03',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
