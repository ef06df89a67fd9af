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
  [
    'an occasion inside the reported clause, after the cue\'s "that" (\'told the chamber that before a meeting on Friday, "…"\')',
    'Ola Brisk told the Lorne Chamber of Trade that before a meeting with Tom Orr on Friday, "There were sharp words."',
    (t) => [quoteIn(t, 'direct', 'There were sharp words.', 'told', 'Ola Brisk')],
    null,
    null,
  ],
  [
    "an occasion before the cue's \"that\" stays the statement's ('said at a meeting on Friday that …')",
    'Ola Brisk said at a meeting with Tom Orr on Friday that "the tariff is dead."',
    (t) => [quoteIn(t, 'direct', 'the tariff is dead.', 'said', 'Ola Brisk')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
