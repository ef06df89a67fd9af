import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Words given as written ("said on Twitter on Friday", "in a letter") go on in writing: "She writes …" continues
// them; after words said aloud, a post is its own occasion (invented people and places; published Sunday
// 2017-06-04).
const RULE = 'link/when-same-statement';
const two = (first: string, firstCue: string, second: string, secondCue: string) => (t: string) => [
  quote(t, 'indirect', first, firstCue, 'Ann Roe'),
  quote(t, 'direct', second, secondCue, 'Ann Roe'),
];

const CASES: WhenCase[] = [
  [
    'said on Twitter, then writes',
    'Senator Ann Roe said on Twitter on Friday that the toll was unfair. She writes that "no family should pay twice."',
    two('the toll was unfair', 'said', 'no family should pay twice.', 'writes'),
    '2017-06-02',
    RULE,
  ],
  [
    'said on her blog, then wrote',
    'Ann Roe said on her blog on Friday that the toll was unfair. "No family should pay twice," she wrote.',
    two('the toll was unfair', 'said', 'No family should pay twice,', 'she wrote'),
    '2017-06-02',
    RULE,
  ],
  [
    'negative: said aloud, then a post',
    'Ann Roe said on Friday that the toll was unfair. She writes that "no family should pay twice."',
    two('the toll was unfair', 'said', 'no family should pay twice.', 'writes'),
    null,
    null,
  ],
  [
    'negative: the writing is in the reported words',
    'Ann Roe said on Friday that the toll was unfair in a letter she never sent. She writes that "no family should pay."',
    two('the toll was unfair in a letter she never sent', 'said', 'no family should pay.', 'writes'),
    null,
    null,
  ],
];

testLastDated(CASES);
