import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A weekday in a list of weekdays counts over a past week: in a story of that weekday it is not the story's day
// (invented bank; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    'must stay undated: the publication weekday first in a list ("on Sunday, Monday and Tuesday")',
    'The Vell Reserve spokesman said the banks had excess reserves on Sunday, Monday and Tuesday.',
    (t) => [
      quoteIn(
        t,
        'indirect',
        'the banks had excess reserves on Sunday, Monday and Tuesday',
        'said',
        'the Vell Reserve spokesman',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: the publication weekday last in a list ("on Friday and Sunday")',
    'The Vell Reserve spokesman said the banks had a deficit on Friday and Sunday.',
    (t) => [
      quoteIn(
        t,
        'indirect',
        'the banks had a deficit on Friday and Sunday',
        'said',
        'the Vell Reserve spokesman',
      ),
    ],
    null,
    null,
  ],
  [
    'the publication weekday alone still dates the report',
    'The Vell Reserve spokesman said the banks had a deficit on Sunday.',
    (t) => [
      quoteIn(t, 'indirect', 'the banks had a deficit on Sunday', 'said', 'the Vell Reserve spokesman'),
    ],
    '2017-06-04',
    'link/when-reports-today',
  ],
];

testLastDated(CASES);
