import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A report verb opening the sentence, its subject, then the quote. Invented sentences.
// [construction, text, mention of the quote or null, made by this rule]
const CASES: [string, string, string | null, boolean][] = [
  [
    'a titled name after "Remarked"',
    'Remarked Harbour Trust scientist Tierra Vale, "This reprieve is a thank-you from the birds to us all."',
    'Harbour Trust scientist Tierra Vale',
    true,
  ],
  [
    'a role after "Added", a colon before the quote',
    'Added the harbour master: "We will not close the port before the storm has passed."',
    'the harbour master',
    true,
  ],
  [
    '"Said to be" opens a description, not a report',
    'Said to be the oldest inn in Tarnby, "The Lantern" was sold for a large sum at the auction.',
    null,
    false,
  ],
];

describe('cue-opens-sentence', () => {
  for (const [name, text, mention, rule] of CASES) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct');
      assert.equal(q?.mention?.text ?? null, mention);
      assert.equal(/cue-opens-sentence$/.test(q?.rule ?? ''), rule);
    });
  }
});
