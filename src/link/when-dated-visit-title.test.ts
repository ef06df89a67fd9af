import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A quoted show's name in the sentence of a dated occasion is no one's words: the occasion still dates the speaker's
// next quote (invented people and shows; published on Sunday 2017-06-04; the first paragraph keeps the lead rules
// out).
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';

const CASES: WhenCase[] = [
  [
    "a show's name in quote marks in the occasion's sentence",
    `${LEAD}Speaking to Kestrel Radio's “Morning Hour,” the mayor's strategist Ben Lake on Friday lashed out ` +
      'at the council, advising it to stick to the issues.\n\n“When it comes to judgment, let us be clear,” Lake added.',
    (t) => [quote(t, 'direct', 'When it comes to judgment, let us be clear,', 'added', 'Ben Lake')],
    '2017-06-02',
    'link/when-dated-visit',
  ],
  [
    'must stay undated: a quoted title with lower-case words is words said ("a total waste of money")',
    `${LEAD}Speaking to Kestrel Radio, Ann Roe had called the plan “a total waste of money,” and the mayor's ` +
      'strategist Ben Lake on Friday lashed out at the council.\n\n“When it comes to judgment, let us be clear,” ' +
      'Lake added.',
    (t) => [quote(t, 'direct', 'When it comes to judgment, let us be clear,', 'added', 'Ben Lake')],
    null,
    null,
  ],
];

testLastDated(CASES);
