import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// [text, [content, mention] of each indirect quote]
const CASES: [string, [string, string | null][]][] = [
  // clause-then-quoted-as-saying
  [
    'The plan will fail, a Dover scientist was quoted as saying.',
    [['The plan will fail', 'a Dover scientist']],
  ],
  ['The plan will fail, Ann Lee was quoted as saying on Friday.', [['The plan will fail', 'Ann Lee']]],
  [
    'The plan will fail, Ann Lee was quoted by Tarn Radio as saying at the weekend.',
    [['The plan will fail', 'Ann Lee']],
  ],
  // (the clause after the cue is quoted-as-saying's)
  ['Ann Lee was quoted as saying the plan would fail.', [['the plan would fail', 'Ann Lee']]],
  // (no comma before the one quoted: no clause of hers before it)
  ['Ann Lee was quoted as saying at the weekend.', []],
  // cue-tokens: a participle on a statement reports it, for the one who issued it
  ['Tarn issued a statement saying the plant would close.', [['the plant would close', 'Tarn']]],
  [
    'Dr Ann Roe issued a press release saying her group was interested.',
    [['her group was interested', 'Dr Ann Roe']],
  ],
  // (not a person's participle: "a woman saying" has a speaker of its own, not the subject)
  ['Ann Roe heard a woman saying she was lost.', []],
];

describe('clause before "was quoted as saying", and a statement saying', () => {
  for (const [text, expected] of CASES)
    it(text, () =>
      assert.deepEqual(
        runQuoteEngine(text)
          .quotes.filter((q) => q.type === 'indirect')
          .map((q) => [q.content, q.mention?.text ?? null]),
        expected,
      ),
    );
});
