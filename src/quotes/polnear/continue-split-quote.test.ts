import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureSpanStage } from '../../testing/capture-span-stage.js';
import type { Quote, QuoteType } from '../../types.js';
import { newQuote } from '../new-quote.js';
import { continueSplitQuotes } from './continue-split-quote.js';

/** A tagged quote: its content, cue and source given by their first occurrence in the text. */
function quoteOf(
  text: string,
  content: string,
  type: QuoteType,
  cue: string | null,
  source: string | null,
): Quote {
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
    cue: cue ? at(cue) : null,
    mention: source ? at(source) : null,
    rule: 'quotes/polnear/span-tagger',
    confidence: 0.6,
  });
}

type Part = [string, QuoteType, string | null, string | null];
/** Text, the tagged parts [content, type, cue, source], and what each becomes [type, cue, source]. */
type Row = [string, Part[], Array<[QuoteType, string | null, string | null]>];

describe('continueSplitQuotes', () => {
  const rows: Row[] = [
    // the second part has no cue: it takes the first part's
    [
      '“The pier is closed,” Ann Lee said. “It opens in May.”',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', null, null],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['direct', 'said', 'Ann Lee'],
      ],
    ],
    // a partial quote and a quotation after the attribution: one report, not direct
    [
      'The pier is “closed for now,” Ann Lee said. “It opens in May.”',
      [
        ['The pier is “closed for now', 'indirect', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', 'said', 'Ann Lee'],
      ],
      [
        ['indirect', 'said', 'Ann Lee'],
        ['indirect', 'said', 'Ann Lee'],
      ],
    ],
    // an unquoted phrase after the cue is no part of the quotation: as it is
    [
      '“The pier is closed,” Ann Lee said of the harbour.',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['the harbour', 'indirect', 'said', 'Ann Lee'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['indirect', 'said', 'Ann Lee'],
      ],
    ],
    // the same cue's object inside the attribution between two quoted parts is no report: it goes
    [
      '“The pier is closed,” Ann Lee said of the harbour. “It opens in May.”',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['the harbour', 'indirect', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', 'said', 'Ann Lee'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['direct', 'said', 'Ann Lee'],
      ],
    ],
    // a report read inside the attribution took the second part: the second part goes back to the first's cue
    [
      '“The pier is closed,” Ann Lee said when asked about the harbour. “It opens in May.”',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['the harbour', 'indirect', 'asked about', 'Ann Lee'],
        ['It opens in May', 'direct', 'asked about', 'Ann Lee'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['indirect', 'asked about', 'Ann Lee'],
        ['direct', 'said', 'Ann Lee'],
      ],
    ],
    // the second part took a cue no report inside the attribution has: as it is
    [
      '“The pier is closed,” Ann Lee said, pointing to the harbour, as Tom Ruiz disagreed. “It opens in May.”',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['the harbour', 'indirect', 'pointing to', 'Ann Lee'],
        ['It opens in May', 'direct', 'disagreed', 'Tom Ruiz'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['indirect', 'pointing to', 'Ann Lee'],
        ['direct', 'disagreed', 'Tom Ruiz'],
      ],
    ],
    // the second part has a cue of its own in another sentence: as it is
    [
      '“The pier is closed,” Ann Lee said. Tom Ruiz disagreed. “It opens in May.”',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', 'disagreed', 'Tom Ruiz'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['direct', 'disagreed', 'Tom Ruiz'],
      ],
    ],
    // the second part took the next paragraph's cue: it takes the first part's
    [
      '“The pier is closed,” Ann Lee said. “It opens in May.”\nTom Ruiz was not worried about the date.',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', 'was not worried about', 'Tom Ruiz'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['direct', 'said', 'Ann Lee'],
      ],
    ],
    // the second part's own cue follows it in its paragraph: as it is
    [
      '“The pier is closed,” Ann Lee said. “It opens in May,” Tom Ruiz replied.',
      [
        ['The pier is closed', 'direct', 'said', 'Ann Lee'],
        ['It opens in May', 'direct', 'replied', 'Tom Ruiz'],
      ],
      [
        ['direct', 'said', 'Ann Lee'],
        ['direct', 'replied', 'Tom Ruiz'],
      ],
    ],
  ];
  for (const [text, parts, expected] of rows)
    it(text, () => {
      const { ctx } = captureSpanStage(text);
      const quotes = parts.map(([content, type, cue, source]) => quoteOf(text, content, type, cue, source));
      const got = continueSplitQuotes(ctx, quotes).map((q) => [
        q.type,
        q.cue?.text ?? null,
        q.mention?.text ?? null,
      ]);
      assert.deepEqual(got, expected);
    });
});
