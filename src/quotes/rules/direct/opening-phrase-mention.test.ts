import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A prepositional phrase opening the sentence without a comma is not part of the speaker's mention.
// Invented sentences. [construction, text, mention]
const CASES: [string, string, string][] = [
  [
    'a preposition and its noun before a surname',
    'During the speech Hale claimed, "The harbour plan is not a solution to the flood."',
    'Hale',
  ],
  [
    'a preposition and its noun before a full name, a hearer after the cue',
    'After the meeting Ola Berg told reporters: "The harbour plan is not a solution to the flood."',
    'Ola Berg',
  ],
  [
    'a conjunction before the opening phrase, a partial quote',
    'But at the rally Hale said the harbour plan was "not a solution to the flood".',
    'Hale',
  ],
  [
    'a determiner phrase that is itself the subject stays whole',
    'The Wexford council said: "The harbour plan is not a solution to the flood."',
    'The Wexford council',
  ],
];

describe('direct quotes: an opening phrase before the subject', () => {
  for (const [name, text, mention] of CASES) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct');
      assert.ok(q, 'no direct quote');
      assert.equal(q.mention?.text, mention);
    });
  }
});
