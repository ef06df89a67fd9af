import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// A body's subject set off from its cue by a participle aside ("The Council on Tolls, headed by …, said"), and a
// wire's "net rose" / "net fell" the tagger reads as an adjective and a noun — and texts that must keep their old
// answer. [construction, text, [indirect content, mention] in text order]
const CASES: [string, string, [string, string][]][] = [
  [
    'a body named with "on", then an aside led by its head',
    'The Council on Tolls, headed by Ada Kray, said fares would rise in May.',
    [['fares would rise in May', 'The Council on Tolls']],
  ],
  [
    'a body named with "on", then a relative aside',
    'The Commission on Harbour Safety, which meets monthly, said the pier was unsafe.',
    [['the pier was unsafe', 'The Commission on Harbour Safety']],
  ],
  [
    'an aside opened by an irregular participle',
    'The panel, set up in May, said the levy had failed.',
    [['the levy had failed', 'The panel']],
  ],
  [
    'an aside opened by "led by"',
    'The inquiry, led by a retired judge, said the dock was unsafe.',
    [['the dock was unsafe', 'The inquiry']],
  ],
  [
    'the net of a quarter rose, after "said"',
    'Tarn Mercantile said first quarter net rose 10 pct to 21.1 mln dlrs.',
    [['first quarter net rose 10 pct to 21.1 mln dlrs', 'Tarn Mercantile']],
  ],
  [
    'the net of a half fell, after "reported"',
    'Orr Brothers Inc recently reported first-half net fell to 15 mln dlrs.',
    [['first-half net fell to 15 mln dlrs', 'Orr Brothers Inc']],
  ],
  [
    'its net rose',
    'Earlier the company said its second quarter net rose to 86 mln dlrs.',
    [['its second quarter net rose to 86 mln dlrs', 'the company']],
  ],
  // negatives: the old answer stays
  [
    'a weekday after "on" is no part of the name',
    'Tarn on Monday said exports fell.',
    [['exports fell', 'Tarn']],
  ],
  [
    'a weekday after a body\'s "on" is no part of the name',
    'The Council on Monday said the vote was rigged.',
    [['the vote was rigged', 'The Council']],
  ],
  [
    'a name in the aside of a common subject stays out',
    'The committee, headed by Ada Kray, said rates would rise.',
    [['rates would rise', 'The committee']],
  ],
  [
    'a body named with "on" before a common noun phrase is no part of it',
    'In meetings of the Lorne Committee on Farming delegates of most states had said the plan was harsh.',
    [['the plan was harsh', 'Farming delegates of most states']],
  ],
  ['"net" as a noun object', 'The bank reported net income of 5 mln dlrs.', []],
  [
    '"the net fell" of a fishing boat is still a clause',
    'Orr said the net fell into the sea.',
    [['the net fell into the sea', 'Orr']],
  ],
];

describe('subject asides and wire figures', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      const got = runQuoteEngine(text)
        .quotes.filter((q) => q.type === 'indirect')
        .map((q) => [q.content, q.mention?.text ?? '']);
      assert.deepEqual(got, expected);
    });
  }
});
