import { quoteIn, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The dated occasion a quote belongs to (invented firms; published on Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    'another clause\'s occasion after the words is not theirs ("…", while Vell, in a post on Tuesday, …)',
    'Tarn Foods reported that "every store sold out within the hour", while Vell Mart, in a post on Tuesday, called it rare.',
    (t) => [quoteIn(t, 'direct', 'every store sold out within the hour', 'reported', 'Tarn Foods')],
    null,
    null,
  ],
];

testLastDated(CASES);
