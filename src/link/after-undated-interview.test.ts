import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// link/when-speaker-day leaves undated the words told after a sentence opening with an interview the story gives no
// day (invented people and outlets; published on Sunday 2017-06-04).
const perra = (t: string) => [
  quote(t, 'indirect', 'his son must come home', 'said', 'Juan Perra'),
  quote(t, 'direct', 'She has no right,', 'he said', 'Juan Perra'),
];
const OPENING =
  'Juan Perra said on Friday that his son must come home.\n\nLocal groups held a vigil in the square.\n\n';

const CASES: WhenCase[] = [
  [
    'after "In an interview with Lorne Radio, …": undated',
    `${OPENING}In an interview with Lorne Radio, Perra also criticized the judge. "She has no right," he said.`,
    perra,
    null,
    null,
  ],
  [
    'after "During a television interview, …": undated',
    `${OPENING}During a television interview, Perra also criticized the judge. "She has no right," he said.`,
    perra,
    null,
    null,
  ],
  // the speaker's day stands
  [
    "no interview: the speaker's day",
    `${OPENING}Perra also criticized the judge. "She has no right," he said.`,
    perra,
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    "an interview in another paragraph: the speaker's day",
    `${OPENING}In an interview with Lorne Radio, Perra also criticized the judge.\n\nPerra went on. "She has no right," he said.`,
    perra,
    '2017-06-02',
    'link/when-speaker-day',
  ],
];

testLastDated(CASES);
