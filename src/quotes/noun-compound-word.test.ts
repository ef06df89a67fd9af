import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// A report-verb form inside a noun compound before the verb ("the economics think tank said", "the crop reporting
// board said") is a word of the speaker's phrase, not a cue; and guards where the form is a verb.
// [construction, text, "cue: content" of the quotes found]
const CASES: [string, string, string[]][] = [
  [
    'a trailing attribution to a descriptor with "think tank"',
    'Prices will rise next year, the economics think tank said.',
    ['said: Prices will rise next year'],
  ],
  [
    'a named think tank after the clause',
    'Rents will fall, the Keel think tank has said.',
    ['has said: Rents will fall'],
  ],
  [
    'an -ing word of a board\'s name before "said"',
    'The crop reporting board said the harvest was poor.',
    ['said: the harvest was poor'],
  ],
  [
    "an -ing word of an agency's name, trailing",
    'Copper stocks are low, the metals reporting agency said.',
    ['said: Copper stocks are low'],
  ],
  [
    'guard: a plural subject, a verb and a clause',
    'Analysts say inflation will rise.',
    ['say: inflation will rise'],
  ],
  [
    'guard: a past form before a bare noun and a modal with a quote-only verb',
    'Ola Brisk said work will begin soon.',
    ['said: work will begin soon'],
  ],
  [
    'guard: "told" with a hearer before a bare noun subject',
    'Lee told staff production would continue.',
    ['told staff: production would continue'],
  ],
  [
    'guard: a report inside a report, plural subject',
    'Traders say officials said the mine would close.',
    ['say: officials said the mine would close', 'said: the mine would close'],
  ],
];

describe('noun compound words are no cues', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.cue?.text}: ${q.content}`),
        want,
      );
    });
  }
});
