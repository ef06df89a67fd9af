import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A wire's roles of a bank in a deal between the reported clause's comma and the source's name — and texts that
// must keep their old answer. [construction, text, [indirect content, speaker] in text order]
const CASES: [string, string, [string, string | null][]][] = [
  [
    'a role the tagger calls a verb, then a name in angle brackets',
    'Tarn Corp is raising 60 mln dlrs, lead manager <Lorne Banking Corp> said.',
    [['Tarn Corp is raising 60 mln dlrs', 'Lorne Banking Corp']],
  ],
  [
    'two roles joined by "and"',
    'Tarn Corp is raising 60 mln dlrs, arranger and lead manager Lorne Banking Corp said.',
    [['Tarn Corp is raising 60 mln dlrs', 'Lorne Banking Corp']],
  ],
  [
    'a hyphenated role before angle brackets',
    'The notes pay 7 pct, co-lead manager <Orr Brothers Inc> said.',
    [['The notes pay 7 pct', 'Orr Brothers Inc']],
  ],
  // negatives: the old answer stays
  [
    'one role, no brackets',
    'Tarn Corp is raising 60 mln dlrs, arranger Lorne Banking Corp said.',
    [['Tarn Corp is raising 60 mln dlrs', 'Lorne Banking Corp']],
  ],
  [
    'a word that is no role before the name',
    'Tarn Corp is raising 60 mln dlrs, and rival <Lorne Banking Corp> said nothing.',
    [],
  ],
];

describe("a wire's roles before the source's name", () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const got = runQuoteEngine(text)
        .quotes.filter((q) => q.type === 'indirect')
        .map((q) => [q.content, q.speaker]);
      assert.deepEqual(got, expected);
    });
  }
});
