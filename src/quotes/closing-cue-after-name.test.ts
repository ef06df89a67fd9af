import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// An -s cue form that closes its sentence right after a name ("…, the Harbor Times reports."), which the POS tagger
// reads as a plural noun (cue-tokens closingAfterName) — and texts that must not change.
// [construction, text, each quote as [type, content, mention]]
const CASES: [string, string, [string, string, string | null][]][] = [
  [
    'an outlet and "reports" closing the sentence',
    'Ferry fares will rise by a third next spring, The Harbor Times reports.',
    [['indirect', 'Ferry fares will rise by a third next spring', 'The Harbor Times']],
  ],
  [
    'the outer report of an inner one',
    'Norland Oil says none of the money will go to its owners, the Harbor Times reports. The board met.',
    [
      ['indirect', 'Norland Oil says none of the money will go to its owners', 'the Harbor Times'],
      ['indirect', 'none of the money will go to its owners', 'Norland Oil'],
    ],
  ],
  [
    "a common noun's plural after a name stays a noun",
    'The inspectors read everything, including Harbor reports.',
    [],
  ],
  ['a plural in a list stays a noun', 'The board studied the maps, the charts and the reports.', []],
];

describe('quotes: a cue form closing its sentence after a name', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = runQuoteEngine(text).quotes.map((q) => [q.type, q.content, q.mention?.text ?? null]);
      assert.deepEqual(got, want);
    });
});
