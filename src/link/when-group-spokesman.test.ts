import type { Quote } from '../types.js';
import { quoteIn, testLastDated, type WhenCase, withMention } from './when-test-fixtures.js';

// The named spokesman of a group whose statement the sentence before dates takes that day (invented groups and
// people; published on Sunday 2017-06-04).
const RULE = 'link/when-group-spokesman';

/** The quote over `content` with `cue`, its source named by `mention` (the occurrence after the quote). */
const by =
  (content: string, cue: string, mention: string, speaker: string) =>
  (t: string): Quote[] => {
    const q = quoteIn(t, 'direct', content, cue, speaker);
    return [withMention(t, q, mention, q.start)];
  };

const CASES: WhenCase[] = [
  [
    'the group, its day after it, then its spokesman "for" it',
    'Lornton police officials on Saturday played down reports of a new suspect. "We are checking dozens of leads," said Tom Varga, a spokesman for the Lornton police.',
    by('We are checking dozens of leads,', 'said', 'Tom Varga', 'Tom Varga'),
    '2017-06-03',
    RULE,
  ],
  [
    'the day opening the sentence, the group after it',
    'On Friday, the Tarn Ministry denied the report. "There is no such plan," said Ann Roe, a spokeswoman for the ministry.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    '2017-06-02',
    RULE,
  ],
  [
    "the group named before the spokesman's name",
    'Tarn Ministry officials yesterday denied the report. "There is no such plan," Tarn Ministry spokeswoman Ann Roe said.',
    by('There is no such plan,', 'said', 'Tarn Ministry spokeswoman Ann Roe', 'Ann Roe'),
    '2017-06-03',
    RULE,
  ],
  [
    'two sentences on',
    'The Tarn Ministry on Friday denied the report. It called the story false. "There is no such plan," said Ann Roe, a spokeswoman for the ministry.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    '2017-06-02',
    RULE,
  ],
  // negatives
  [
    'not a deed of the group, no statement',
    'The Tarn Ministry on Friday arrested two men. "There is no such plan," said Ann Roe, a spokeswoman for the ministry.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    null,
    null,
  ],
  [
    "not another group's statement",
    'The Lorne council on Friday denied the report. "There is no such plan," said Ann Roe, a spokeswoman for the ministry.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    null,
    null,
  ],
  [
    'not with another day between',
    'The Tarn Ministry on Friday denied the report. Its lawyers met on Monday. "There is no such plan," said Ann Roe, a spokeswoman for the ministry.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    null,
    null,
  ],
  [
    'not a person who is no spokesman',
    'The Tarn Ministry on Friday denied the report. "There is no such plan," said Ann Roe, a lawyer in Lornton.',
    by('There is no such plan,', 'said', 'Ann Roe', 'Ann Roe'),
    null,
    null,
  ],
];

testLastDated(CASES);
