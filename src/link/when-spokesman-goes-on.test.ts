import type { Quote } from '../types.js';
import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// An organisation's unnamed spokesman or officials, quoted right after the organisation's dated statement (invented
// organisations; published on Sunday 2017-06-04; the first paragraph keeps the lead rules out).
const RULE = 'link/when-spokesman-goes-on';
const LEAD = 'The Dunmore bridge has been closed since March.\n\n';
const OFFICE = 'The Lorne Foreign Office said on Friday that conditions in Tarn were getting worse.';

const CASES: WhenCase[] = [
  [
    'a bare "said a spokesman" in the next sentence',
    `${LEAD}${OFFICE} There have been reports of looting, said a spokesman.`,
    (t) => [
      quote(t, 'indirect', 'conditions in Tarn were getting worse', 'said', 'Lorne Foreign Office'),
      quote(t, 'indirect', 'There have been reports of looting', 'said', 'a spokesman'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'officials named by a word of the organisation ("Vell officials" after "the Vell Union")',
    `${LEAD}The Vell Union said on Friday it had sent an envoy to Tarn. Vell officials also said children ` +
      'would be allowed to leave.',
    (t) => [
      quote(t, 'indirect', 'it had sent an envoy to Tarn', 'said', 'Vell Union'),
      quote(t, 'indirect', 'children would be allowed to leave', 'also said', 'Vell officials'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    '"according to a Lorne Department spokesman" after the department, across a paragraph break',
    `${LEAD}The Lorne Department admitted on Friday that the files were found.\n\nThe files were in 22 emails, ` +
      'according to a Lorne Department spokesman.',
    (t) => [
      quote(t, 'indirect', 'the files were found', 'admitted', 'Lorne Department'),
      quote(t, 'indirect', 'The files were in 22 emails', 'according to', 'a Lorne Department spokesman'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    "must stay undated: another organisation's spokesman",
    `${LEAD}${OFFICE} A Tarn spokesman said the reports were false.`,
    (t) => [
      quote(t, 'indirect', 'conditions in Tarn were getting worse', 'said', 'Lorne Foreign Office'),
      quote(t, 'indirect', 'the reports were false', 'said', 'A Tarn spokesman'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a word of the name only ("a Vell official" after "the Vell News Agency")',
    `${LEAD}The Vell News Agency said on Friday that the team made surprise visits. A Vell official said the ` +
      'team would not visit the palace.',
    (t) => [
      quote(t, 'indirect', 'the team made surprise visits', 'said', 'Vell News Agency'),
      quote(t, 'indirect', 'the team would not visit the palace', 'said', 'A Vell official'),
    ],
    null,
    null,
  ],
  [
    "must stay undated: a person's spokesman (the mayor is no organisation)",
    `${LEAD}Mayor Ann Roe said on Friday that the pier was safe. A spokesman said repairs would start soon.`,
    (t) => [
      quote(t, 'indirect', 'the pier was safe', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'repairs would start soon', 'said', 'A spokesman'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a sentence in between',
    `${LEAD}${OFFICE} Banks in Tarn stayed shut. A spokesman said food was still on sale.`,
    (t) => [
      quote(t, 'indirect', 'conditions in Tarn were getting worse', 'said', 'Lorne Foreign Office'),
      quote(t, 'indirect', 'food was still on sale', 'said', 'A spokesman'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: another occasion ("in an interview")',
    `${LEAD}${OFFICE} A spokesman said in an interview that food was still on sale.`,
    (t) => [
      quote(t, 'indirect', 'conditions in Tarn were getting worse', 'said', 'Lorne Foreign Office'),
      quote(t, 'indirect', 'food was still on sale', 'said', 'A spokesman'),
    ],
    null,
    null,
  ],
  [
    'the unnamed voice named in the next sentence ("… said spokesman Omar Hale")',
    'A Lorne Navy spokesman said on Friday that the fleet would stay in the bay. "We are going to stay for the foreseeable future," said spokesman Omar Hale.',
    (t) => [
      named(
        quote(t, 'indirect', 'the fleet would stay in the bay', 'said on Friday', 'a Lorne Navy spokesman'),
        t,
        'A Lorne Navy spokesman',
      ),
      named(
        quote(t, 'direct', 'We are going to stay for the foreseeable future,', 'said spokesman', 'Omar Hale'),
        t,
        'spokesman Omar Hale',
      ),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'must stay undated: a spokesman of another organisation named ("said Tarn spokesman Omar Hale")',
    'A Lorne Navy spokesman said on Friday that the fleet would stay in the bay. "We are going to stay for the foreseeable future," said Tarn spokesman Omar Hale.',
    (t) => [
      named(
        quote(t, 'indirect', 'the fleet would stay in the bay', 'said on Friday', 'a Lorne Navy spokesman'),
        t,
        'A Lorne Navy spokesman',
      ),
      named(
        quote(t, 'direct', 'We are going to stay for the foreseeable future,', 'said Tarn', 'Omar Hale'),
        t,
        'Tarn spokesman Omar Hale',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a name with no role word by it',
    'A Lorne Navy spokesman said on Friday that the fleet would stay in the bay. "We are going to stay for the foreseeable future," said Omar Hale.',
    (t) => [
      named(
        quote(t, 'indirect', 'the fleet would stay in the bay', 'said on Friday', 'a Lorne Navy spokesman'),
        t,
        'A Lorne Navy spokesman',
      ),
      named(
        quote(t, 'direct', 'We are going to stay for the foreseeable future,', 'said Omar', 'Omar Hale'),
        t,
        'Omar Hale',
      ),
    ],
    null,
    null,
  ],
];

/** The quote with its mention: the first occurrence of `mention` in the text. */
function named(q: Quote, t: string, mention: string): Quote {
  const start = t.indexOf(mention);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
}

testLastDated(CASES);
