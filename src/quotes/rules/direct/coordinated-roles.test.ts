import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// Two roles of one person joined by "and" around the name after a quote, with invented sentences.
// [construction, text, mention (null: none found by these rules), rule]
const CASES: [string, string, string | null, string | null][] = [
  [
    'roles joined by "and" before the name and the cue',
    'Bowen Cloud said it would hire 200 staff. ‘Our data should stay at home,’ founder and chief executive Ann Hale said at the launch.',
    'founder and chief executive Ann Hale',
    'quotes/speaker-cue-after-quote',
  ],
  [
    'a possessive description with roles joined by "and", the name set off by commas',
    '"We will not sell the mill," the firm\'s founder and chairman, Ola Berg, said on Monday.',
    'Ola Berg',
    'quotes/speaker-cue-after-quote',
  ],
  [
    'a hyphenated role joined to another',
    '"The league needs a new stadium," co-founder and director Dave Arden told reporters.',
    'co-founder and director Dave Arden',
    'quotes/speaker-cue-after-quote',
  ],
  [
    'an inverted cue before roles joined by "and"',
    '"Sales were strong in every region," said chairman and chief executive Ann Hale.',
    'chairman and chief executive Ann Hale',
    'quotes/said-after-quote',
  ],
  [
    'an inverted cue, a company word before the first role',
    '"Sales were strong in every region," said Wexford chairman and founder Ann Hale.',
    'Wexford chairman and founder Ann Hale',
    'quotes/said-after-quote',
  ],
  [
    'an inverted cue: a name, then "and" another person, stays the first name',
    '"Sales were strong in every region," said Ann Hale and chief executive Ola Berg.',
    'Ann Hale',
    'quotes/said-after-quote',
  ],
  [
    "an inverted cue: a plural group is not one person's role",
    '"Sales were strong in every region," said analysts and chief executive Ola Berg.',
    'analysts',
    'quotes/said-after-quote',
  ],
  [
    'a plural group "and" a name are two sources, not one mention',
    '"We will win the vote next week," analysts and Ola Berg said.',
    null,
    null,
  ],
];

describe('direct quotes: one person\'s roles joined by "and" around the name', () => {
  for (const [name, text, mention, rule] of CASES) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct');
      assert.ok(q, 'no direct quote');
      if (mention === null) assert.notEqual(q.rule, 'quotes/speaker-cue-after-quote');
      else {
        assert.equal(q.mention?.text, mention);
        assert.equal(q.rule, rule);
      }
    });
  }
});
