import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContentsWithMentions } from '../testing/indirect-contents.js';

// timeGerund (cue-tokens.ts): a participle after "after"/"upon"/"while" inside its clause reports for the clause's
// subject. [name, text, [content, mention] of each indirect quote]
const CASES: [string, string, [string, string | null][]][] = [
  [
    '"after claiming"',
    'A bookmaker has stopped taking bets on the race after claiming the result had been leaked.',
    [['the result had been leaked', 'A bookmaker']],
  ],
  [
    '"after admitting that"',
    'The firm went bankrupt after admitting that it had booked false sales.',
    [['it had booked false sales', 'The firm']],
  ],
  // negatives: the phrase opening the sentence, "without", no clause after the participle
  ['opening the sentence', 'After saying the pier was safe, Tom Orr left.', []],
  ['"without saying"', 'Tom Orr left without saying the pier was safe.', []],
  ['no clause', 'Ada Kray backs the tolls while arguing against the levy.', []],
];

describe('time-gerund', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(indirectContentsWithMentions(text), expected));
  }
});
