import { quoteIn as quote, testLastDated } from './when-test-fixtures.js';

// A statement named in a dated quote's own sentence, referred back to ("The statement said"): that quote's day.
testLastDated([
  [
    '"After the talks on Friday, a statement was issued saying "…" … The statement said …"',
    'Ministers of Tarn and Kell met in Lorne. After the talks ended, a statement was issued saying "the border will stay open," the Tarn ministry said on Friday. The statement said trade would grow.',
    (t) => [
      quote(t, 'direct', 'the border will stay open,', 'said', 'the Tarn ministry'),
      quote(t, 'indirect', 'trade would grow', 'said', 'the statement'),
    ],
    '2017-06-02',
    'link/when-statement-referent',
  ],
  [
    "not a statement named inside the dated quote's own words",
    'Ann Roe said on Friday "a statement will come soon." The statement said trade would grow.',
    (t) => [
      quote(t, 'direct', 'a statement will come soon.', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'trade would grow', 'said', 'the statement'),
    ],
    null,
    null,
  ],
]);
