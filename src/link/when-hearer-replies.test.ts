import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// One of the hearers of a dated statement, answering it, takes its day (invented people and places; published on
// Sunday 2017-06-04).
const RULE = 'link/when-hearer-replies';
const VISIT =
  'Foreign Minister Ada Kell said on Friday that she was moved by the support of her neighbours.\n\n"We are grateful," Kell told ambassadors of 12 Baltic states at the ministry.\n\nKell announced on Thursday a fund for the victims.\n\n';
/** The statement's two quotes, then the answer each case dates. */
const visitQuotes = (t: string, answer: string, speaker = 'Ivo Rask') => [
  quote(t, 'indirect', 'she was moved by the support of her neighbours', 'said', 'Ada Kell'),
  quote(t, 'direct', 'We are grateful,', 'told', 'Ada Kell'),
  quote(t, 'indirect', answer, 'said', speaker),
];

/** The quotes of the short statement ("she was moved") the last two cases tell in other ways. */
const shortVisitQuotes = (t: string) => [
  quote(t, 'indirect', 'she was moved', 'said', 'Ada Kell'),
  quote(t, 'direct', 'We are grateful,', 'told', 'Ada Kell'),
  quote(t, 'indirect', 'the region stood with her', 'said', 'Ivo Rask'),
];

const CASES: WhenCase[] = [
  [
    'an ambassador answering the ambassadors she told',
    `${VISIT}Ivo Rask, the Latvian ambassador, said the region stood with her.`,
    (t) => visitQuotes(t, 'the region stood with her'),
    '2017-06-02',
    RULE,
  ],
  [
    'speaking for the hearers named as a group',
    `${VISIT}Speaking for the ambassadors, Ivo Rask said the region stood with her.`,
    (t) => visitQuotes(t, 'the region stood with her'),
    '2017-06-02',
    RULE,
  ],
  [
    'not a speaker the hearers do not name',
    `${VISIT}Ivo Rask, a Latvian official, said the region stood with her.`,
    (t) => visitQuotes(t, 'the region stood with her'),
    null,
    null,
  ],
  [
    'not an answer told as of another time',
    `${VISIT}Ivo Rask, the Latvian ambassador, had earlier said the region stood with her.`,
    (t) => visitQuotes(t, 'the region stood with her'),
    null,
    null,
  ],
  [
    'not hearers any occasion may have',
    'Foreign Minister Ada Kell said on Friday that she was moved.\n\n"We are grateful," Kell told reporters at the ministry.\n\nIvo Rask, one of the reporters, said the region stood with her.',
    shortVisitQuotes,
    null,
    null,
  ],
  [
    'not a statement of long before the story',
    'Foreign Minister Ada Kell said on May 2 that she was moved.\n\n"We are grateful," Kell told ambassadors of 12 Baltic states.\n\nIvo Rask, the Latvian ambassador, said the region stood with her.',
    shortVisitQuotes,
    null,
    null,
  ],
];

testLastDated(CASES);
