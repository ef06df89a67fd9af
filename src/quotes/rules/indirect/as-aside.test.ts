import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// [sentence, [content, mention, rule] of its one indirect quote, or null]: "as" and a source with its cue, set off by
// a comma, report the clause it sits in, as the bare aside does ("The plan, Ola Roe said, will cost …")
const CASES: [string, [string, string, string] | null][] = [
  [
    'The plan, as Ola Roe said, will cost five million crowns.',
    ['will cost five million crowns', 'Ola Roe', 'quotes/parenthetical-cue/as-aside'],
  ],
  [
    'The plan, as Ola Roe has said, will cost five million crowns.',
    ['will cost five million crowns', 'Ola Roe', 'quotes/parenthetical-cue/as-aside'],
  ],
  [
    'The plan, as Ola Roe said on Friday, will cost five million crowns.',
    ['will cost five million crowns', 'Ola Roe', 'quotes/parenthetical-cue/as-aside'],
  ],
  [
    'The plan will cost five million crowns, as Ola Roe said.',
    ['The plan will cost five million crowns', 'Ola Roe', 'quotes/clause-then-cue/as-aside'],
  ],
  [
    'Prices rose sharply in May, as the bank said.',
    ['Prices rose sharply in May', 'the bank', 'quotes/clause-then-cue/as-aside'],
  ],
  // not: "as" of time or manner with a cue that takes an object or a clause of its own
  ['The crowd cheered, as Ola Roe said goodbye to the town.', null],
  ['The crowd cheered as Ola Roe said goodbye.', null],
  // not: the sentence has a report of its own, or the aside does not close it
  [
    'Ola Roe repeated that the plan will cost five million crowns, as critics suggested.',
    ['the plan will cost five million crowns', 'Ola Roe', 'quotes/cue-then-clause'],
  ],
  ['The town hall is the only office in the valley that is, as locals noted, open at night.', null],
  // not: an aside after a long phrase
  ['The plan for the new bridge over the river, as Ola Roe said, will cost five million crowns.', null],
  // not: a saying in the present
  ['At ten crowns the ticket is as cheap as chips, as the man says.', null],
  ['The plan will cost five million crowns, as they say.', null],
  // not: no comma before "as"
  ['The plan will cost five million crowns as Ola Roe said.', null],
];

describe('as-aside: "…, as Ola Roe said, …" reports the clause around it', () => {
  for (const [text, want] of CASES) {
    it(text, () => {
      const q = runQuoteEngine(text).quotes.filter((x) => x.type === 'indirect');
      assert.deepEqual(
        q.map((x) => [x.content, x.mention?.text ?? null, x.rule]),
        want ? [want] : [],
      );
    });
  }
});
