import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// cue-then-clause (relativeAsideEnd): a report made in a relative clause inside an appositive ("Tarn, an oil
// company which has said it would sell …, said …") ends at the comma before the main clause's verb, like one right
// after the comma (", which said …,"). [construction, text, indirect contents]
const CASES: [string, string, string[]][] = [
  [
    'an appositive descriptor, "which has said", then the main verb',
    'Tarn, an oil company which has said it would sell assets, said on Monday it had found a buyer.',
    ['it would sell assets', 'it had found a buyer'],
  ],
  [
    'an appositive person, "who told", then the main verb',
    'Ann Roe, a lawyer who told reporters she would appeal, said on Monday the case was closed.',
    ['she would appeal', 'the case was closed'],
  ],
  // must not change: a relative right after the comma, a relative with no comma before its noun
  [
    'a relative right after the comma',
    'Tarn, which said it found the flaw, still plans to sell the mill.',
    ['it found the flaw'],
  ],
  [
    'a relative inside the reported clause',
    'Ada Kray said the firm, a miller which had bought the plant, would sell it.',
    ['the firm, a miller which had bought the plant, would sell it'],
  ],
];

describe('a relative report inside an appositive ends before the main verb', () => {
  for (const [what, text, want] of CASES) {
    it(what, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});
