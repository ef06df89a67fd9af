import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// A body's published estimate with no "that", "estimates" read by the tagger as a plural noun (eval-sets/README:
// "estimates / found" for an organisation's figures are cues) — and texts that must keep their old answer.
// [construction, text, [indirect content, cue] in text order]
const CASES: [string, string, [string, string][]][] = [
  [
    'a named body estimates, a modal clause',
    'Tarn Mercantile estimates output will rise 5 pct next year.',
    [['output will rise 5 pct next year', 'estimates']],
  ],
  [
    'a body opened by "the", a past clause with a quoted word',
    'The Lorne Tourist Board estimates "kelbo" caused a 12 pct drop in visits.',
    [['"kelbo" caused a 12 pct drop in visits', 'estimates']],
  ],
  // negatives
  ['an estimate with a noun object', 'Tarn Oil estimates reserves in the Orr block of 70 mln barrels.', []],
  ['the estimates as the subject', 'Tarn Mercantile estimates show output fell.', []],
  ['the estimates as the subject of "put"', 'Tarn Mercantile estimates put the cost at five mln dlrs.', []],
  [
    'an estimate inside another report keeps one record',
    'Tarn Oil estimates output would fall, he said.',
    [['Tarn Oil estimates output would fall', 'said']],
  ],
  [
    'an estimate after another report verb keeps one record',
    'Also, he said Tarn Oil estimates output will fall.',
    [['Tarn Oil estimates output will fall', 'said']],
  ],
  ['a possessive before the estimates', "The bank's estimates of growth were cut.", []],
];

describe('a named body estimates without "that"', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const got = runQuoteEngine(text)
        .quotes.filter((q) => q.type === 'indirect')
        .map((q) => [q.content, q.cue?.text ?? '']);
      assert.deepEqual(got, expected);
    });
  }
});
