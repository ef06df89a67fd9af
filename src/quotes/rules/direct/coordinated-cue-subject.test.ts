import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A cue coordinated with an earlier verb by "and"/"but", the quote right after it: the earlier verb's subject
// speaks. Invented sentences. [construction, text, mention of the quote or null, its cue or null, made by this rule]
const CASES: [string, string, string | null, string | null, boolean][] = [
  [
    '"met … last night and told reporters,"',
    'Mayor Ada Kray met union leaders last night and told reporters, "We have a deal."',
    'Mayor Ada Kray',
    'told reporters',
    true,
  ],
  [
    '"met … but insisted,"',
    'Mayor Ada Kray met union leaders last night but insisted, "We have no deal yet."',
    'Mayor Ada Kray',
    'insisted',
    true,
  ],
  [
    '"… and said:"',
    'The Lorne port board met on Friday and said: "Fees will rise in the spring."',
    'The Lorne port board',
    'said',
    true,
  ],
  // negatives: a cue with a subject of its own
  [
    'a second subject after "and"',
    'The union leaders walked out and the mayor said, "We have no deal yet."',
    'the mayor',
    'said',
    false,
  ],
  [
    'no coordination: the cue opens its own clause',
    'Mayor Ada Kray said on Friday, "We have a deal."',
    'Mayor Ada Kray',
    'said',
    false,
  ],
];

describe('coordinated-cue-subject', () => {
  for (const [name, text, mention, cue, rule] of CASES) {
    it(name, () => {
      const q = runQuoteEngine(text).quotes.find((x) => x.type === 'direct');
      assert.equal(q?.mention?.text ?? null, mention);
      assert.equal(q?.cue?.text ?? null, cue);
      assert.equal(/coordinated-cue-subject$/.test(q?.rule ?? ''), rule);
    });
  }
});
