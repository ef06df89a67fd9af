import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureSpanStage } from '../../testing/capture-span-stage.js';
import type { Quote, QuoteType } from '../../types.js';
import { newQuote } from '../new-quote.js';
import { dropPartBeforeCue } from './drop-part-before-cue.js';

/** A tagged quote: its content, cue and source given by their first occurrence in the text. */
function quoteOf(text: string, content: string, type: QuoteType, cue: string, source: string | null): Quote {
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const c = at(content);
  return newQuote({
    type,
    start: c.start,
    end: c.end,
    content,
    cue: at(cue),
    mention: source ? at(source) : null,
    rule: 'quotes/polnear/span-tagger',
    confidence: 0.6,
  });
}

/** Text, the tagged parts [content, type, cue, source], and the contents kept. */
type Row = [string, Array<[string, QuoteType, string, string | null]>, string[]];

describe('dropPartBeforeCue', () => {
  const rows: Row[] = [
    [
      'Critics mocked the new pier, calling it a waste of money.',
      [
        ['the new pier', 'indirect', 'calling', 'Critics'],
        ['it a waste of money', 'indirect', 'calling', 'Critics'],
      ],
      ['it a waste of money'],
    ],
    [
      'The council closed the harbour and urged boat owners to stay home.',
      [
        ['The council closed the harbour and', 'indirect', 'urged', null],
        ['boat owners to stay home', 'indirect', 'urged', null],
      ],
      ['boat owners to stay home'],
    ],
    // a lead before the attribution: not the report's
    [
      'Asked about the pier, Ann Lee said it was safe.',
      [
        ['Asked about the pier', 'indirect', 'said', 'Ann Lee'],
        ['it was safe', 'indirect', 'said', 'Ann Lee'],
      ],
      ['it was safe'],
    ],
    // a relative pronoun before the attribution: one report, as it is
    [
      'The pier, which Ann Lee said was safe, will close.',
      [
        ['which', 'indirect', 'said', 'Ann Lee'],
        ['was safe', 'indirect', 'said', 'Ann Lee'],
      ],
      ['which', 'was safe'],
    ],
    // a split quotation: one report, as it is
    [
      '“The pier,” Ann Lee said, “is safe.”',
      [
        ['The pier', 'direct', 'said', 'Ann Lee'],
        ['is safe', 'direct', 'said', 'Ann Lee'],
      ],
      ['The pier', 'is safe'],
    ],
    // an interjected source between the parts: one report, as it is
    [
      'The pier, Ann Lee said, will reopen in May.',
      [
        ['The pier', 'indirect', 'said', 'Ann Lee'],
        ['will reopen in May', 'indirect', 'said', 'Ann Lee'],
      ],
      ['The pier', 'will reopen in May'],
    ],
    // a raising verb or passive: the subject is the report's first part, as it is
    [
      'The ferry is expected to be late.',
      [
        ['The ferry', 'indirect', 'is expected', null],
        ['to be late', 'indirect', 'is expected', null],
      ],
      ['The ferry', 'to be late'],
    ],
    [
      "The ferry doesn't seem to be late.",
      [
        ['The ferry', 'indirect', "doesn't seem", null],
        ['to be late', 'indirect', "doesn't seem", null],
      ],
      ['The ferry', 'to be late'],
    ],
    // the sentence before the attribution's: not the report's
    [
      'The pier is closed. Ann Lee urged boat owners to stay home.',
      [
        ['The pier is closed', 'indirect', 'urged', 'Ann Lee'],
        ['boat owners to stay home', 'indirect', 'urged', 'Ann Lee'],
      ],
      ['boat owners to stay home'],
    ],
    // another paragraph: as it is
    [
      'The pier is closed.\n\nAnn Lee urged boat owners to stay home.',
      [
        ['The pier is closed', 'indirect', 'urged', 'Ann Lee'],
        ['boat owners to stay home', 'indirect', 'urged', 'Ann Lee'],
      ],
      ['The pier is closed', 'boat owners to stay home'],
    ],
    // parts of two types (a quotation and a paraphrase): as it is
    [
      '“It is closed,” the notice warned the boat owners to stay home.',
      [
        ['It is closed', 'direct', 'warned', null],
        ['the boat owners to stay home', 'indirect', 'warned', null],
      ],
      ['It is closed', 'the boat owners to stay home'],
    ],
  ];
  for (const [text, parts, expected] of rows)
    it(text, () => {
      const ctx = captureSpanStage(text).ctx;
      const quotes = parts.map(([c, type, cue, source]) => quoteOf(text, c, type, cue, source));
      assert.deepEqual(
        dropPartBeforeCue(ctx, quotes).map((q) => q.content),
        expected,
      );
    });
});
