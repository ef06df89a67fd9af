import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A day that ends a span the reported words count over is not the day of speaking (invented firm; published on
// Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    '"said through Friday": the end of the span counted',
    'Arlo Foods said through Friday it had received 300 shares.',
    (t) => [quote(t, 'indirect', 'it had received 300 shares', 'said', 'Arlo Foods')],
    null,
    null,
  ],
  [
    '"said until Friday": the same',
    'Arlo Foods said until Friday it had received 300 shares.',
    (t) => [quote(t, 'indirect', 'it had received 300 shares', 'said', 'Arlo Foods')],
    null,
    null,
  ],
  [
    '"said Friday": the day of speaking',
    'Arlo Foods said Friday it had received 300 shares.',
    (t) => [quote(t, 'indirect', 'it had received 300 shares', 'said', 'Arlo Foods')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
