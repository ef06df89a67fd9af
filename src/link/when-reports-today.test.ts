import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Reported words telling, in the past, an event of the publication day (invented people; published on Sunday
// 2017-06-04).
const RULE = 'link/when-reports-today';

const CASES: WhenCase[] = [
  [
    'must stay undated: a day with its preposition before the verb may be the subject\'s own ("an attack … on Sunday appeared …")',
    'The raid on the Tarn depot on Sunday appeared to be a warning, diplomats said.',
    (t) => [
      quoteIn(
        t,
        'indirect',
        'The raid on the Tarn depot on Sunday appeared to be a warning',
        'said',
        'diplomats',
      ),
    ],
    null,
    null,
  ],
  [
    'the day between the subject and its past verb ("the only fault today occurred when …")',
    'Harbour master Ann Roe said the only fault today occurred when a crane stopped.',
    (t) => [quoteIn(t, 'indirect', 'the only fault today occurred when a crane stopped', 'said', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: the day before a verb of what is still to come ("talks today were expected to resume")',
    'Harbour master Ann Roe said talks today were expected to resume.',
    (t) => [quoteIn(t, 'indirect', 'talks today were expected to resume', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'a past told with a modal ("the market may have reached record volume today")',
    'Exchange chairman Ann Roe said the market may have reached record volume today.',
    (t) => [quoteIn(t, 'indirect', 'the market may have reached record volume today', 'said', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a modal of what is still to come ("the market may reach record volume today")',
    'Exchange chairman Ann Roe said the market may reach record volume today.',
    (t) => [quoteIn(t, 'indirect', 'the market may reach record volume today', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'an irregular past verb ("the market underwent a sharp correction today")',
    'Exchange chairman Ann Roe said the market underwent a sharp correction today.',
    (t) => [quoteIn(t, 'indirect', 'the market underwent a sharp correction today', 'said', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: the day\'s event still to come ("the market will undergo a test today")',
    'Exchange chairman Ann Roe said the market will undergo a test today.',
    (t) => [quoteIn(t, 'indirect', 'the market will undergo a test today', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: the day\'s event only offered ("has offered to sail alone today")',
    'Mayor Ann Roe said the ferry captain has offered to sail alone today to Dunmore.',
    (t) => [
      quoteIn(
        t,
        'indirect',
        'the ferry captain has offered to sail alone today to Dunmore',
        'said',
        'Ann Roe',
      ),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
