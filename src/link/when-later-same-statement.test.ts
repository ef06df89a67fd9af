import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote } from '../types.js';
import { linkDates } from './link-dates.js';
import { quoteIn as quote } from './when-test-fixtures.js';

/** The first quote of the text, dated by `linkDates` (published on Sunday 2017-06-04). */
function firstDated(text: string, quotes: (t: string) => Quote[]): Quote | undefined {
  const doc = normalizeArticle({ id: 'a', date: '2017-06-04', text });
  const seg = segmentText(doc);
  return linkDates(doc, seg, quotes(text), findTimeExpressions(doc, seg))[0];
}

/** Brisk's "sign of panic" report, then the board quote with its own cue (and source, Brisk unless named). */
const panicQuotes =
  (firstCue: string, secondCue: string, secondSource = 'Ola Brisk') =>
  (t: string): Quote[] => [
    quote(t, 'indirect', 'the ferry plan was "a sign of panic"', firstCue, 'Ola Brisk'),
    quote(t, 'direct', 'The board has run out of ideas,', secondCue, secondSource),
  ];

// [name, text, quotes, the first quote's `when`, the rule that dated it] (invented people and places)
const CASES: Array<[string, string, (t: string) => Quote[], string | null, string | null]> = [
  [
    'a quote the next quote of its source dates with its own cue day',
    'Councillor Ola Brisk said the ferry plan was "a sign of panic". "The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    '2017-06-02',
    'link/when-later-same-statement',
  ],
  [
    'not from the quote of another source',
    'Councillor Ola Brisk said the ferry plan was "a sign of panic". "The board has run out of ideas," Mayor Ivo Lund said on Friday.',
    panicQuotes('said', 'Lund said', 'Ivo Lund'),
    null,
    null,
  ],
  [
    'across a paragraph break (after the lead) when the later quote opens its paragraph',
    'Ferry row\n\nThe town council met on the ferry plan.\n\nMany were in favour.\n\nCouncillor Ola Brisk said the ferry plan was "a sign of panic".\n\n"The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    '2017-06-02',
    'link/when-later-same-statement',
  ],
  [
    'not across a paragraph break (after the lead) when narration opens the later paragraph',
    'Ferry row\n\nThe town council met on the ferry plan.\n\nMany were in favour.\n\nCouncillor Ola Brisk said the ferry plan was "a sign of panic".\n\nThe vote was close. "The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    null,
    null,
  ],
  [
    'not across two paragraph breaks',
    'Ferry row\n\nThe town council met on the ferry plan.\n\nMany were in favour.\n\nCouncillor Ola Brisk said the ferry plan was "a sign of panic".\n\nThe vote was close.\n\n"The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    null,
    null,
  ],
  [
    'not a quote its cue tells of another time ("has said")',
    'Councillor Ola Brisk has said the ferry plan was "a sign of panic". "The board has run out of ideas," she said on Friday.',
    panicQuotes('has said', 'she said'),
    null,
    null,
  ],
  [
    'not when narration between them opens another occasion',
    'Councillor Ola Brisk said the ferry plan was "a sign of panic". In an interview, she went further. "The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    null,
    null,
  ],
  [
    'not when its own sentence gives another time',
    'Councillor Ola Brisk said in March the ferry plan was "a sign of panic". "The board has run out of ideas," she said on Friday.',
    panicQuotes('said', 'she said'),
    '2017-03',
    'link/when-cue-governed',
  ],
  [
    'only a day the later cue governs: not a day another rule carried to it',
    'Councillor Ola Brisk said the ferry plan was "a sign of panic". "The board has run out of ideas," she said.',
    panicQuotes('said', 'said'),
    null,
    null,
  ],
  [
    'from the lead paragraph, the next paragraph giving the day',
    'Councillor Ola Brisk said the ferry plan would cost the town dear.\n\n"The board has run out of ideas," Brisk told Radio Vell on Friday.',
    (t) => [
      quote(t, 'indirect', 'the ferry plan would cost the town dear', 'said', 'Ola Brisk'),
      quote(t, 'direct', 'The board has run out of ideas,', 'told Radio Vell', 'Ola Brisk'),
    ],
    '2017-06-02',
    'link/when-later-same-statement',
  ],
  [
    'not across a paragraph break after the lead',
    'Dunmore opens its ferry\n\nA vote is due\n\nThe town council met on the ferry plan, with many in favour.\n\nCouncillor Ola Brisk said the plan would cost the town dear.\n\n"The board has run out of ideas," Brisk told Radio Vell on Friday.',
    (t) => [
      quote(t, 'indirect', 'the plan would cost the town dear', 'said', 'Ola Brisk'),
      quote(t, 'direct', 'The board has run out of ideas,', 'told Radio Vell', 'Ola Brisk'),
    ],
    null,
    null,
  ],
  [
    'not a day the later quote counts through ("said through Friday")',
    'Arlo Foods said it had extended its offer. The company said through Friday it had received 300 shares.',
    (t) => [
      quote(t, 'indirect', 'it had extended its offer', 'said', 'Arlo Foods'),
      quote(t, 'indirect', 'it had received 300 shares', 'said', 'Arlo Foods'),
    ],
    null,
    null,
  ],
];

for (const [name, text, quotes, when, rule] of CASES) {
  test(`when (from a later quote): ${name}`, () => {
    const q = firstDated(text, quotes);
    assert.ok(q);
    assert.equal(q.when, when);
    assert.equal(q.whenRule, rule);
  });
}
