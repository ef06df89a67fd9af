import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A report right after a sentence of its paragraph that holds a dated gathering of speakers (invented people;
// published on Sunday 2017-06-04; the first paragraph keeps the lead rules out).
const RULE = 'link/when-paragraph-gathering';
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';

const CASES: WhenCase[] = [
  [
    'a news conference on a day, then a report of one who spoke there',
    `${LEAD}Five of the strikers held a news conference outside the town hall on Friday evening. Their lawyer ` +
      'Ann Roe said that at no time had they broken the law.',
    (t) => [quote(t, 'indirect', 'at no time had they broken the law', 'said', 'Ann Roe')],
    '2017-06-02',
    RULE,
  ],
  [
    "a meeting's day as a possessive, then a second speaker",
    `${LEAD}At Friday's meeting of the council, Ann Roe told members the bridge was unsafe. Omar Hale said he ` +
      'disagreed.',
    (t) => [
      quote(t, 'indirect', 'the bridge was unsafe', 'told members', 'Ann Roe'),
      quote(t, 'indirect', 'he disagreed', 'said', 'Omar Hale'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'must stay undated: a meeting still to come ("is holding a further meeting on Friday")',
    `${LEAD}The council is holding a further meeting on Friday with the ferry firms. Ann Roe said: "Adults ` +
      'should be treated as adults."',
    (t) => [quote(t, 'direct', 'Adults should be treated as adults.', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a report that names another occasion ("told Radio Vell")',
    `${LEAD}The council met at a session on Friday. Ann Roe told Radio Vell the bridge was unsafe.`,
    (t) => [quote(t, 'indirect', 'the bridge was unsafe', 'told Radio Vell', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a gathering prepared for ("prepared for …, including a debate Thursday")',
    `${LEAD}The parties prepared for the vote, including a debate Thursday in Vell. Ann Roe ` +
      'said she would cut rates.',
    (t) => [quote(t, 'indirect', 'she would cut rates', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: words written in a post ("in a blog post said")',
    `${LEAD}The council held a meeting on Friday. Ann Roe in a blog post said the bridge was unsafe.`,
    (t) => [quote(t, 'indirect', 'the bridge was unsafe', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'a gathering held, then a report made there (positive twin of the two above)',
    `${LEAD}The parties held a debate on Thursday in Vell. Ann Roe said she would cut rates.`,
    (t) => [quote(t, 'indirect', 'she would cut rates', 'said', 'Ann Roe')],
    '2017-06-01',
    RULE,
  ],
  [
    'must stay undated: "has said"',
    `${LEAD}Omar Hale spoke at a council meeting on Friday. Ann Roe has said the bridge is unsafe.`,
    (t) => [quote(t, 'indirect', 'the bridge is unsafe', 'has said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
