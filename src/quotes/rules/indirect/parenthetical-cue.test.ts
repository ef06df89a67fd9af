import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A cue interjected between commas: [construction, text, records as "content | speaker"]
const CASES: [string, string, string[]][] = [
  [
    "the speaker's appositive after an inverted cue goes with the aside",
    "The advert, said Ann Roe, the director of the Orvik branch of the league, is meant to spotlight the senator's vote.",
    ["is meant to spotlight the senator's vote | Ann Roe"],
  ],
  [
    'a short appositive',
    'The money, says Ann Roe, a trader, has gone abroad.',
    ['has gone abroad | Ann Roe'],
  ],
  [
    "a relative aside after the clause's subject stays in the clause",
    'Sometimes, added Ann Roe, the gangs, which are organised, work in alphabetical order.',
    ['the gangs, which are organised, work in alphabetical order | Ann Roe'],
  ],
  [
    'a short subject before the aside',
    'The trade, said Ola Brisk, was swap related.',
    ['was swap related | Ola Brisk'],
  ],
];

describe('parenthetical-cue', () => {
  for (const [name, text, expected] of CASES)
    it(name, () =>
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.content} | ${q.speaker}`),
        expected,
      ),
    );
});
