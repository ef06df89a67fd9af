import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote dated by the occasion closing its own reported words ("… in an interview with Radio Vell on Friday")
// passes its date on like any other; a date inside another quote's words still does not (invented people and
// places; published on Sunday 2017-06-04).
const ANCHOR = 'Ann Roe said the toll was unfair in an interview with Radio Vell on Friday.';
const anchor = (t: string) =>
  quote(t, 'indirect', 'the toll was unfair in an interview with Radio Vell on Friday', 'said', 'Ann Roe');

const CASES: WhenCase[] = [
  [
    'the next sentence of the same speaker',
    `${ANCHOR} Roe also said the pier would close.`,
    (t) => [anchor(t), quote(t, 'indirect', 'the pier would close', 'also said', 'Ann Roe')],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    'the next paragraph of the same speaker',
    `${ANCHOR}\n\n"No family should pay twice," Roe added.`,
    (t) => [anchor(t), quote(t, 'direct', 'No family should pay twice,', 'added', 'Ann Roe')],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    "negative: a date inside another speaker's reported words",
    'Ann Roe said that Lee Vell had reported in May that the pier was failing. Vell also said the ferry was late.',
    (t) => [
      quote(t, 'indirect', 'Lee Vell had reported in May that the pier was failing', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the pier was failing', 'had reported', 'Lee Vell'),
      quote(t, 'indirect', 'the ferry was late', 'also said', 'Lee Vell'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
