import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A statement told after an occasion named by its day's possessive takes that day (invented people and places;
// published on Sunday 2017-06-04).
const RULE = 'link/when-after-day-occasion';
const kell = (content: string, cue: string) => (t: string) => [
  quote(t, 'indirect', content, cue, 'Ada Kell'),
];
const direct = (content: string, cue: string) => (t: string) => [
  quote(t, 'direct', content, cue, 'Ada Kell'),
];

const CASES: WhenCase[] = [
  [
    'a news conference after a weekday summit',
    "At a news conference after Friday's Lorne summit, Ada Kell said the ferry toll would fall.",
    kell('the ferry toll would fall', 'said'),
    '2017-06-02',
    RULE,
  ],
  [
    'told reporters after yesterday’s talks',
    "Ada Kell told reporters after yesterday's talks that the ferry toll would fall.",
    kell('the ferry toll would fall', 'told reporters'),
    '2017-06-03',
    RULE,
  ],
  [
    'the occasion opening the sentence',
    "Following Thursday's vote, Ada Kell said the ferry toll would fall.",
    kell('the ferry toll would fall', 'said'),
    '2017-06-01',
    RULE,
  ],
  [
    'ahead of an occasion of the publication day',
    'Ada Kell, deputy head of the Lorne council, who heads its delegation, told Tarn Radio ahead of today\'s session: "We have narrowed our differences."',
    direct('We have narrowed our differences.', 'told Tarn Radio'),
    '2017-06-04',
    RULE,
  ],
  // negatives
  [
    'not ahead of an occasion of another day',
    "Ahead of Sunday's meeting in Lorne, Ada Kell said the ferry toll would fall.",
    kell('the ferry toll would fall', 'said'),
    null,
    null,
  ],
  [
    'not a day in a clause about someone',
    "Tom Orr, who was calm after Saturday's match, said the ferry toll would fall.",
    (t) => [quote(t, 'indirect', 'the ferry toll would fall', 'said', 'Tom Orr')],
    null,
    null,
  ],
  [
    'not a day inside the reported words',
    "Ada Kell said the ferry toll would fall after Friday's vote.",
    kell("the ferry toll would fall after Friday's vote", 'said'),
    null,
    null,
  ],
  [
    'not a possessive day that names no occasion',
    "After Friday's rain, Ada Kell said the ferry toll would fall.",
    kell('the ferry toll would fall', 'said'),
    null,
    null,
  ],
];

testLastDated(CASES);
