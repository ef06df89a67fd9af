import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A date in a "since" clause of a perfect-tense sentence ("has spoken with him three times since he arrived on May
// 2") starts a span: it does not stop a speaker's carried date (invented people; published on Sunday 2017-06-04).
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';
const FRIDAY = 'Ann Roe said on Friday that her cousins had lied to her son.\n\n';

const CASES: WhenCase[] = [
  [
    'a later quote of the speaker after a "since he arrived on May 2" clause',
    `${LEAD}${FRIDAY}She has spoken with her son three times since he arrived in Vell on May 2, and she ` +
      'insisted he wants to come home.\n\n"He has told me so," Roe said.',
    (t) => [
      quote(t, 'indirect', 'her cousins had lied to her son', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'he wants to come home', 'insisted', 'Ann Roe'),
      quote(t, 'direct', 'He has told me so,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'must stay undated: the past date narrates an event of its own ("On May 2, her son arrived")',
    `${LEAD}${FRIDAY}On May 2, her son arrived in Vell, and she insisted he wants to come home.\n\n` +
      '"He has told me so," Roe said.',
    (t) => [
      quote(t, 'indirect', 'her cousins had lied to her son', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'he wants to come home', 'insisted', 'Ann Roe'),
      quote(t, 'direct', 'He has told me so,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: "since" with no perfect tense in the sentence',
    `${LEAD}${FRIDAY}Her son was sad since he arrived in Vell on May 2, and she insisted he wants to come ` +
      'home.\n\n"He has told me so," Roe said.',
    (t) => [
      quote(t, 'indirect', 'her cousins had lied to her son', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'he wants to come home', 'insisted', 'Ann Roe'),
      quote(t, 'direct', 'He has told me so,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
