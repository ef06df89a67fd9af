import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';
import type { QuoteContext } from '../../quote-context.js';
import { orderInfinitive } from './order-infinitive.js';

// A lone subordinate clause cut at a comma is no report: [construction, text, contents found]
const CASES: [string, string, string[]][] = [
  [
    'a lone "while" clause after a cue, its main clause (another report) after the comma',
    'The senator admitted that while the server was never central to the inquiry, he argued the inquiry needed the emails.',
    ['the inquiry needed the emails'],
  ],
  [
    'a lone "while" clause before "according to", its main clause after the source',
    'While most of the files were sealed, according to an aide, two were later opened.',
    [],
  ],
  // not lone: the clause holds its main clause
  [
    'the subordinate and main clause before the cue',
    'If prices fall, output will rise, he said.',
    ['If prices fall, output will rise'],
  ],
  [
    'the subordinate and main clause after the cue',
    'He said that if the bid fails, the firm will close.',
    ['if the bid fails, the firm will close'],
  ],
];

describe('lone-subordinate-clause', () => {
  for (const [name, text, expected] of CASES)
    it(name, () =>
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.content),
        expected,
      ),
    );
});

describe('order-infinitive', () => {
  const cases: [string, boolean][] = [
    ['never to open attachments from strangers', true],
    ['not to drink the tap water', true],
    ['the water is not safe to drink', false],
    ['to do for images what CDs did for sound', false],
  ];
  for (const [content, expected] of cases)
    it(content, () => {
      const ctx = { text: content } as QuoteContext;
      const cue = { start: 0, end: 0, text: '' };
      const f = {
        start: 0,
        end: content.length,
        cue,
        mention: null,
        rule: 'x',
        confidence: 1,
        passive: false,
      };
      assert.equal(orderInfinitive(ctx, f), expected);
    });
});
