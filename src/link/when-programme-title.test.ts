import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A programme's title that reads as a time ("This Week", "This Morning") after a network's name is a name, no time
// of the sentence: the day the sentence gives still dates the quote (invented people; published Sunday 2017-06-04).
const CASES: WhenCase[] = [
  [
    'a participle with its day, the programme title in quote marks ("Speaking Friday on ABC\'s “This Week,” …")',
    'Speaking Friday on ABC\u2019s \u201CThis Week,\u201D Ann Roe admitted that the name in her book was wrong.',
    (t) => [quote(t, 'indirect', 'the name in her book was wrong', 'admitted', 'Ann Roe')],
    '2017-06-02',
    'link/when-sentence-day',
  ],
  [
    'the same with straight quotes and a second report ("…, but said …")',
    'Speaking Friday on KVL\'s "This Morning," Ann Roe admitted the name was wrong, but said her aides had found ' +
      'the article.',
    (t) => [
      quote(t, 'indirect', 'the name was wrong', 'admitted', 'Ann Roe'),
      quote(t, 'indirect', 'her aides had found the article', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-sentence-day',
  ],
  [
    "must stay undated: a programme's title is no week (\"he said on ABC's ''This Week.''\")",
    "''The pier stays open,'' Ann Roe said on KVL's ''This Week.''",
    (t) => [quote(t, 'direct', 'The pier stays open,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a daily programme\'s title is no day ("During an interview on KVL\'s This Morning she said")',
    "During an interview on KVL's This Morning she said she often criticised her husband.",
    (t) => [quote(t, 'indirect', 'she often criticised her husband', 'said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
