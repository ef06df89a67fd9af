import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../types.js';
import { sentenceBeforeQuote } from './sentence-before-quote.js';

// a direct quote of `words` in `text`, its cue and speaker after it
function quoteOf(text: string, words: string): Quote {
  const start = text.indexOf(words);
  return { start, end: start + words.length, cue: null, mention: null } as unknown as Quote;
}

describe('sentenceBeforeQuote', () => {
  const rows: Array<[string, string, string | null]> = [
    [
      'On Friday Roe blasted the plan. “It will fail,” she said.',
      'It will fail,',
      'On Friday Roe blasted the plan.',
    ],
    ['Roe spoke on Friday.\n\n“It will fail,” she said.', 'It will fail,', 'Roe spoke on Friday.'],
    // the sentence before holds words of another statement
    ['Roe called it “a plan without money” on Friday. “It will fail,” she said.', 'It will fail,', null],
    // the quote does not open its sentence
    ['Roe spoke on Friday and said “it will fail” later.', 'it will fail', null],
  ];
  for (const [text, words, expected] of rows)
    it(text, () => {
      const found = sentenceBeforeQuote(text, quoteOf(text, words));
      assert.equal(found ? text.slice(found.start, found.end) : null, expected);
    });
});
