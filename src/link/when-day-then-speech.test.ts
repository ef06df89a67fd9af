import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quote right after a sentence that opens with a day and narrates the same person's statement (invented people;
// published on Sunday 2017-06-04; the first paragraph keeps the lead rules out).
const RULE = 'link/when-day-then-speech';
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';

const CASES: WhenCase[] = [
  [
    'the day opens the sentence, the speaker assails, the quote opens the next paragraph',
    `${LEAD}On Friday, Senator Ann Roe of Vell, a rival, assailed the mayor for backing the toll.\n\n` +
      '"No sensible person would back it," Ms. Roe said.',
    (t) => [quote(t, 'direct', 'No sensible person would back it,', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    'the opening names the statement and its day, the speaker its subject',
    `${LEAD}In his statement Saturday, Omar Hale went further in trying to hold the mayor to account.\n\n` +
      '"There are no excuses," he said.',
    (t) => [quote(t, 'direct', 'There are no excuses,', 'said', 'Omar Hale')],
    '2017-06-03',
    RULE,
  ],
  [
    'a part of the day after the weekday ("Late Thursday night,")',
    `${LEAD}Late Thursday night, Mayor Ann Roe criticised the toll plan.\n\n"It will fail," Roe said.`,
    (t) => [quote(t, 'direct', 'It will fail,', 'said', 'Ann Roe')],
    '2017-06-01',
    RULE,
  ],
  [
    'must stay undated: the speaker is the object of another verb',
    `${LEAD}On Friday, police arrested Omar Hale, who denied the charge.\n\n"I did nothing wrong," Hale said.`,
    (t) => [quote(t, 'direct', 'I did nothing wrong,', 'said', 'Omar Hale')],
    null,
    null,
  ],
  [
    'must stay undated: another person narrated',
    `${LEAD}On Friday, Ann Roe criticised the toll plan.\n\n"It is a fair plan," Omar Hale said.`,
    (t) => [quote(t, 'direct', 'It is a fair plan,', 'said', 'Omar Hale')],
    null,
    null,
  ],
  [
    'must stay undated: the narrating sentence quotes other words',
    `${LEAD}On Friday, Ann Roe called the plan "a waste of public money" and criticised the mayor.\n\n` +
      '"It will fail," Roe said.',
    (t) => [quote(t, 'direct', 'It will fail,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: no statement narrated ("On Friday, Roe flew to Vell")',
    `${LEAD}On Friday, Ann Roe flew to Vell for talks.\n\n"It will fail," Roe said.`,
    (t) => [quote(t, 'direct', 'It will fail,', 'said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
