import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote from a written vehicle the sentence before dates, its cue that vehicle's verb (invented people; published
// on Sunday 2017-06-04).
const RULE = 'link/when-vehicle-before';
const CASES: WhenCase[] = [
  [
    '"in a Friday tweet", then "tweeted"',
    'Mayor Ed Vell picked a new nickname for his rival in a Friday tweet.\n\n"Lazy Lund is wasting your money," Vell tweeted.',
    (t) => [quote(t, 'direct', 'Lazy Lund is wasting your money,', 'tweeted', 'Ed Vell')],
    '2017-06-02',
    RULE,
  ],
  [
    '"in a letter on Thursday", then "wrote"',
    'The union chief answered the board in a letter on Thursday.\n\n"We will not sign," Tess Marr wrote.',
    (t) => [quote(t, 'direct', 'We will not sign,', 'wrote', 'Tess Marr')],
    '2017-06-01',
    RULE,
  ],
  [
    'not a vehicle of another ("in a Friday tweet by Lund")',
    'Mayor Ed Vell has led the race for months.\n\nHis rival was named in a Friday tweet by Ivo Lund.\n\n"Lazy Lund is wasting your money," Vell tweeted.',
    (t) => [quote(t, 'direct', 'Lazy Lund is wasting your money,', 'tweeted', 'Ed Vell')],
    null,
    null,
  ],
  [
    'not a cue of another vehicle ("in a Friday tweet", then "said")',
    'Mayor Ed Vell has led the race for months.\n\nHe picked a new nickname for his rival in a Friday tweet.\n\n"Lazy Lund is wasting your money," Vell said at a dinner.',
    (t) => [quote(t, 'direct', 'Lazy Lund is wasting your money,', 'said', 'Ed Vell')],
    null,
    null,
  ],
  [
    'not another\'s possessive vehicle ("Lund\'s Friday tweet")',
    'Mayor Ed Vell laughed at Lund\'s Friday tweet.\n\n"Lazy Lund is wasting your money," Vell tweeted.',
    (t) => [quote(t, 'direct', 'Lazy Lund is wasting your money,', 'tweeted', 'Ed Vell')],
    null,
    null,
  ],
];

testLastDated(CASES);
