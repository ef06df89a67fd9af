import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A speaker's day carried past a paragraph of background told with an older time, and not past one that tells words
// said then (invented people and places; published on Sunday 2017-06-04).
const RULE = 'link/when-speaker-day';
const LEAD = 'Mayor Ann Roe said on Friday the city would not back down.\n\n';
const lead = (t: string) => quote(t, 'indirect', 'the city would not back down', 'said', 'Ann Roe');

const CASES: WhenCase[] = [
  [
    'not the words of a letter the speaker read out ("…," continued the letter)',
    `${LEAD}Roe read from a letter by the harbour board.\n\n"We cannot pay for the wall," continued the letter, which Roe read to the council.`,
    (t) => [lead(t), quote(t, 'direct', 'We cannot pay for the wall,', 'continued', 'Ann Roe')],
    null,
    null,
  ],
  [
    'past a paragraph of background with an older year',
    `${LEAD}In 2015, the city lost a court case over the bridge.\n\n"We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'not past a paragraph telling words said then',
    `${LEAD}In 2015, the city told a court it would drop the case.\n\n"We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    "not past an older time in the quote's own paragraph",
    `${LEAD}In 2015, the city lost a court case over the bridge. "We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    "not past a recent time (within the story's week) of another day",
    `${LEAD}On Saturday, the council voted to close the bridge.\n\n"We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'past a week that is a span up to now ("for the last week")',
    `${LEAD}Her brother has been held in Vell for the last week.\n\n"We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'not past a week that moves the story ("last week")',
    `${LEAD}Her brother was held in Vell last week.\n\n"We will fight on," Roe said.`,
    (t) => [lead(t), quote(t, 'direct', 'We will fight on,', 'said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
