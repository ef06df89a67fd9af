import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote given in an undated statement takes the day of its source's dated announcement (invented groups and
// places; published on Sunday 2017-06-04).
const RULE = 'link/when-statement-of-announcement';
const LEAD = 'Late on Friday, the Vell Alliance announced it had signed a truce with the army.';
const lead = (t: string) =>
  quote(t, 'indirect', 'it had signed a truce with the army', 'announced', 'Vell Alliance');

const CASES: WhenCase[] = [
  [
    'the statement of the announcement, across other dates',
    `${LEAD} Troops left Dunmore on Saturday. In March, the army had shelled the town.\n\nIn a statement, the Vell Alliance said, "The guns must fall silent."`,
    (t) => [lead(t), quote(t, 'direct', 'The guns must fall silent.', 'said', 'Vell Alliance')],
    '2017-06-02',
    RULE,
  ],
  [
    'across background told with another time',
    `${LEAD} Sales fell 4% last year. In a statement, the Vell Alliance said, "The guns must fall silent."`,
    (t) => [lead(t), quote(t, 'direct', 'The guns must fall silent.', 'said', 'Vell Alliance')],
    '2017-06-02',
    RULE,
  ],
  [
    'not another source',
    `${LEAD} Troops left Dunmore on Saturday.\n\nIn a statement, the army said, "The guns must fall silent."`,
    (t) => [lead(t), quote(t, 'direct', 'The guns must fall silent.', 'said', 'the army')],
    null,
    null,
  ],
  [
    'not a later statement',
    `${LEAD} Troops left Dunmore on Saturday.\n\nIn a later statement, the Vell Alliance said, "The guns must fall silent."`,
    (t) => [lead(t), quote(t, 'direct', 'The guns must fall silent.', 'said', 'Vell Alliance')],
    null,
    null,
  ],
  [
    'not when the earlier quote was an interview',
    'In an interview on Friday, the Vell Alliance leader Ola Brisk said she had signed a truce. Troops left Dunmore on Saturday.\n\nIn a statement, Brisk said, "The guns must fall silent."',
    (t) => [
      quote(t, 'indirect', 'she had signed a truce', 'said', 'Ola Brisk'),
      quote(t, 'direct', 'The guns must fall silent.', 'said', 'Ola Brisk'),
    ],
    null,
    null,
  ],
  [
    'not a quote without a statement',
    `${LEAD} Troops left Dunmore on Saturday.\n\nThe Vell Alliance said, "The guns must fall silent."`,
    (t) => [lead(t), quote(t, 'direct', 'The guns must fall silent.', 'said', 'Vell Alliance')],
    null,
    null,
  ],
];

testLastDated(CASES);
