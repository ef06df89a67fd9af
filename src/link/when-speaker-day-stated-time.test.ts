import type { Quote } from '../types.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// link/when-speaker-day: the day of a speaker's earlier statement told inside its reported words ("said it sold
// its bakery today"), an unnamed source quoted again through a mention pointing back at it ("the official
// added"), and an earlier day told since the speaker's (another source's Thursday after the speaker's Friday).
// Invented people, firms and places; published on Sunday 2017-06-04.
const RULE = 'link/when-speaker-day';

/** The quote with `mention` as its mention (its last occurrence before the quote). */
const mentioned = (t: string, q: Quote, mention: string): Quote => {
  const start = t.lastIndexOf(mention, q.start);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
};

const SOLD = 'Lorne Mills said it sold its bakery in Tarnby today.\n\n';
const sold = (t: string) => quote(t, 'indirect', 'it sold its bakery in Tarnby today', 'said', 'Lorne Mills');
const PORT = 'A port official said on Friday the cranes at Vell harbour had stopped.\n\n';
const port = (t: string) =>
  quote(t, 'indirect', 'the cranes at Vell harbour had stopped', 'said', 'A port official');

const CASES: WhenCase[] = [
  [
    "the speaker's day told inside its earlier words",
    `${SOLD}The buyer, Vell Foods, will keep the staff. Vell Foods shares rose 2 pct.\n\nLorne Mills said the sale ends a long search for a buyer.`,
    (t) => [sold(t), quote(t, 'indirect', 'the sale ends a long search for a buyer', 'said', 'Lorne Mills')],
    '2017-06-04',
    RULE,
  ],
  [
    "not another source's day told inside its words",
    'Mayor Tom Orr told reporters on Friday the bridge was safe.\n\nAn aide said the remarks, printed in the Vell Post today, were accurate.\n\nOrr said the council knew of the cracks.',
    (t) => [
      quote(t, 'indirect', 'the bridge was safe', 'told reporters', 'Tom Orr'),
      quote(t, 'indirect', 'the remarks, printed in the Vell Post today, were accurate', 'said', 'An aide'),
      quote(t, 'indirect', 'the council knew of the cracks', 'said', 'Tom Orr'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'not a past day told inside the words (the day of what they tell)',
    'Analyst Ada Lind said her estimate rose after Keel Corp told analysts yesterday that sales were strong.\n\nKeel Corp shares rose 2 pct.\n\nLind said the firm would beat its forecast.',
    (t) => [
      quote(
        t,
        'indirect',
        'her estimate rose after Keel Corp told analysts yesterday that sales were strong',
        'said',
        'Ada Lind',
      ),
      quote(t, 'indirect', 'the firm would beat its forecast', 'said', 'Ada Lind'),
    ],
    null,
    null,
  ],
  [
    'an unnamed source quoted again through "the official"',
    `${PORT}Ships waited offshore and two ferries were cancelled.\n\nThe official said work would resume within days.`,
    (t) => [
      port(t),
      mentioned(
        t,
        quote(t, 'indirect', 'work would resume within days', 'said', 'A port official'),
        'The official',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'not a second "an official" (another unnamed source)',
    `${PORT}Ships waited offshore and two ferries were cancelled.\n\nA port official said work would resume within days.`,
    (t) => [
      port(t),
      mentioned(
        t,
        quote(t, 'indirect', 'work would resume within days', 'said', 'A port official'),
        'A port official',
      ),
    ],
    null,
    null,
  ],
  [
    "past another source's earlier day told since",
    'Mayor Ann Roe told reporters on Friday the bridge was safe.\n\nCouncillor Tom Lee said on Thursday the repairs were late.\n\nRoe said the council knew of the cracks.',
    (t) => [
      quote(t, 'indirect', 'the bridge was safe', 'told reporters', 'Ann Roe'),
      quote(t, 'indirect', 'the repairs were late', 'said', 'Tom Lee'),
      quote(t, 'indirect', 'the council knew of the cracks', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'not for words told in the present (a scene played back)',
    'Mayor Ann Roe told reporters on Friday the bridge was safe.\n\nCouncillor Tom Lee said on Thursday the repairs were late.\n\nOn the tape Roe then says the council knew of the cracks.',
    (t) => [
      quote(t, 'indirect', 'the bridge was safe', 'told reporters', 'Ann Roe'),
      quote(t, 'indirect', 'the repairs were late', 'said', 'Tom Lee'),
      quote(t, 'indirect', 'the council knew of the cracks', 'then says', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'not past a later day told since',
    'Mayor Ann Roe told reporters on Thursday the bridge was safe.\n\nCouncillor Tom Lee said on Friday the repairs were late.\n\nRoe said the council knew of the cracks.',
    (t) => [
      quote(t, 'indirect', 'the bridge was safe', 'told reporters', 'Ann Roe'),
      quote(t, 'indirect', 'the repairs were late', 'said', 'Tom Lee'),
      quote(t, 'indirect', 'the council knew of the cracks', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
