import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countMatches } from './count-matches.js';

const WORD = /[\p{L}\p{N}]+/gu;

describe('countMatches', () => {
  const cases: Array<[RegExp, string]> = [
    [WORD, ''],
    [WORD, '“Mira Tosk won, 3-1,” said the Vessby Herald.'],
    [WORD, 'Ève’s 2020 plan — über fast 🚀 déjà vu'],
    [/["“”«»]/g, 'He said “no” and "yes" «non»'],
    [/[.!?]["”’')]*\s+(?=["“‘(]?\p{Lu})/gu, 'Eric Vell spoke. Vell said. “Then” he left! Ann'],
    [/x*/g, 'axxb'],
    [/\p{L}*/gu, 'a🚀b'],
  ];
  for (const [pattern, text] of cases)
    it(`counts as match() does: ${pattern} over ${JSON.stringify(text)}`, () => {
      assert.equal(countMatches(pattern, text), (text.match(pattern) ?? []).length);
      assert.equal(pattern.lastIndex, 0);
    });

  it('stops at the limit', () => {
    assert.equal(countMatches(WORD, 'one two three four', 3), 3);
    assert.equal(countMatches(WORD, 'one two', 3), 2);
  });

  it('refuses a pattern that is not global', () => {
    assert.throws(() => countMatches(/a/, 'a'));
  });
});
