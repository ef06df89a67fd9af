import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote } from '../types.js';
import { linkDates } from './link-dates.js';
import { quoteIn as quote } from './when-test-fixtures.js';

/** The quotes of the text, dated by `linkDates` (published on Sunday 2017-06-04). */
function datesOf(text: string, quotes: (t: string) => Quote[]): Array<[string | null, string | null]> {
  const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
  const seg = segmentText(doc);
  return linkDates(doc, seg, quotes(text), findTimeExpressions(doc, seg)).map((q) => [q.when, q.whenRule]);
}

const RULE = 'link/when-lead-announcement';
const LEAD = 'Kestrel Bank directors said the chairman, Ola Brisk, is weighing a bid for the bank.';
/** The lead's own report, the quote every case opens with. */
const leadQuote = (t: string): Quote =>
  quote(
    t,
    'indirect',
    'the chairman, Ola Brisk, is weighing a bid for the bank',
    'said',
    'Kestrel Bank directors',
  );

// [name, text, quotes, [when, whenRule] of each quote] (invented firms and people)
const CASES: Array<[string, string, (t: string) => Quote[], Array<[string | null, string | null]>]> = [
  [
    "the lead's announcement dated by the day's announcement named later, and its source's further quote",
    `${LEAD}\n\nThe directors added that Brisk had not yet decided.\n\nShares fell 3% after yesterday's announcement.`,
    (t) => [leadQuote(t), quote(t, 'indirect', 'Brisk had not yet decided', 'added', 'the directors')],
    [
      ['2017-06-03', RULE],
      ['2017-06-03', 'link/when-same-statement'],
    ],
  ],
  [
    "a further quote of the lead's source after another source's quote",
    `${LEAD}\n\nThe board said talks with lenders had begun. The directors added that Brisk had not yet decided.\n\nShares fell 3% after yesterday's announcement.`,
    (t) => [
      leadQuote(t),
      quote(t, 'indirect', 'talks with lenders had begun', 'said', 'the board'),
      quote(t, 'indirect', 'Brisk had not yet decided', 'added', 'the directors'),
    ],
    [
      ['2017-06-03', RULE],
      [null, null],
      ['2017-06-03', RULE],
    ],
  ],
  [
    'not a quote of another source',
    `${LEAD}\n\nAnalyst Ivo Lund said the price looked low.\n\nShares fell 3% after Friday's announcement.`,
    (t) => [leadQuote(t), quote(t, 'indirect', 'the price looked low', 'said', 'Ivo Lund')],
    [
      ['2017-06-02', RULE],
      [null, null],
    ],
  ],
  [
    'not an announcement someone else made',
    `${LEAD}\n\nShares fell 3% after Friday's statement by the regulator.`,
    (t) => [leadQuote(t)],
    [[null, null]],
  ],
  [
    'not when two days are named for announcements',
    `${LEAD}\n\nShares fell after Friday's announcement and rose after Saturday's statement.`,
    (t) => [leadQuote(t)],
    [[null, null]],
  ],
  [
    'not a quote after the lead (a headline line may stand before it)',
    `Kestrel Bank weighs its future\n\nShares of Kestrel Bank fell 3% on the news.\n\n${LEAD}\n\nTraders shrugged off yesterday's announcement.`,
    (t) => [leadQuote(t)],
    [[null, null]],
  ],
  [
    'not a further quote after another date',
    `${LEAD}\n\nIn March, the board rejected an offer. The directors added that Brisk had not yet decided.\n\nShares fell after yesterday's announcement.`,
    (t) => [leadQuote(t), quote(t, 'indirect', 'Brisk had not yet decided', 'added', 'the directors')],
    [
      ['2017-06-03', RULE],
      [null, null],
    ],
  ],
];

for (const [name, text, quotes, expected] of CASES) {
  test(`when (a day's announcement named later): ${name}`, () => {
    assert.deepEqual(datesOf(text, quotes), expected);
  });
}
