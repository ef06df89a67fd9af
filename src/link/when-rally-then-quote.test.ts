import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A sentence that narrates the speaker's attack at a dated rally, right before the quote, dates it — with the day
// in a "when" clause, with the verbs of attack ("assailed", "took issue"), with quote marks of '' (invented
// people; published on Sunday 2017-06-04; the lead's other day keeps link/when-story-day out).
const LEAD =
  "Tension flared in the race for mayor on Saturday, with each candidate doubting the other's fitness.\n\n";
const SAID = (t: string) => [quote(t, 'direct', 'They have failed this town,', 'said', 'Ann Roe')];

const CASES: WhenCase[] = [
  [
    'the day of a "when" clause the attack is told in',
    `${LEAD}After weeks of sniping, the feud boiled over at a rally in Dunmore on Friday night when Mayor Ann Roe ` +
      'took issue with the plan and assailed the council.\n\n"They have failed this town," Ms. Roe said.',
    SAID,
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    "quote marks of '' and a long attack (beyond link/when-occasion's reach)",
    `${LEAD}After weeks of subtle sniping, the frustration boiled over at a rally in Dunmore on Friday night when ` +
      'Mayor Ann Roe took issue with recent criticism over her grasp of harbour finance and assailed Mr. Hale ' +
      "from multiple angles.\n\n''He has been saying lately that I am not fit to run this town,'' Ms. Roe said.",
    (t) => [
      quote(t, 'direct', 'He has been saying lately that I am not fit to run this town,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    '"assailed" with the day after it',
    `${LEAD}Mayor Ann Roe assailed the council at a rally in Dunmore on Friday night.\n\n` +
      '"They have failed this town," Ms. Roe said.',
    SAID,
    '2017-06-02',
    'link/when-speech-then-day',
  ],
  [
    '"assailed" after an opening rally and day',
    `${LEAD}At a rally in Dunmore on Friday night, Mayor Ann Roe assailed the council.\n\n` +
      '"They have failed this town," Ms. Roe said.',
    SAID,
    '2017-06-02',
    'link/when-dated-visit',
  ],
  [
    'must stay undated: the day of an "after" clause',
    `${LEAD}The feud boiled over at a rally in Dunmore on Friday night after Mayor Ann Roe took issue with the ` +
      'plan.\n\n"They have failed this town," Ms. Roe said.',
    SAID,
    null,
    null,
  ],
];

testLastDated(CASES);
