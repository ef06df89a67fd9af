import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A time in the reported words before a cue set off by commas ("Six months ago, the senator said, …") is no time of
// the narration: it neither stops a speaker's carried date nor dates the quote (invented people; published on
// Sunday 2017-06-04; the first paragraph keeps the lead rules out).
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';
const MONDAY = 'Senator Ann Roe said on Monday that the toll was unfair.\n\n';

const CASES: WhenCase[] = [
  [
    'the quote whose clause opens with the time, its cue set off by commas',
    `${LEAD}${MONDAY}Six months ago, the senator said, the toll was only a plan.`,
    (t) => [
      quote(t, 'indirect', 'the toll was unfair', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the toll was only a plan', 'said', 'Ann Roe'),
    ],
    '2017-05-29',
    'link/when-speaker-day',
  ],
  [
    'a later quote of the speaker, past that clause',
    `${LEAD}${MONDAY}Six months ago, the senator said, she lost a vote on it.\n\n"Now it is real," Roe said.`,
    (t) => [
      quote(t, 'indirect', 'the toll was unfair', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'she lost a vote on it', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Now it is real,', 'said', 'Ann Roe'),
    ],
    '2017-05-29',
    'link/when-same-statement',
  ],
  [
    'must stay undated: the time narrates another statement ("Six months ago, the senator told a hearing that …")',
    `${LEAD}${MONDAY}Six months ago, the senator told a hearing that the toll was only a plan.\n\n` +
      '"Now it is real," Roe said.',
    (t) => [
      quote(t, 'indirect', 'the toll was unfair', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the toll was only a plan', 'told a hearing', 'Ann Roe'),
      quote(t, 'direct', 'Now it is real,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
