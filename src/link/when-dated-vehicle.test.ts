import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A statement dated by the words naming what it was made in (invented firms; published on Sunday 2017-06-04).
const RULE = 'link/when-dated-vehicle';

const CASES: WhenCase[] = [
  [
    'set off between the subject and its cue ("Tarn Foods, in its May 28 media release, reported")',
    'Tarn Foods, in its May 28 media release, reported that "every store sold out within the hour".',
    (t) => [quoteIn(t, 'direct', 'every store sold out within the hour', 'reported', 'Tarn Foods')],
    '2017-05-28',
    RULE,
  ],
];

testLastDated(CASES);
