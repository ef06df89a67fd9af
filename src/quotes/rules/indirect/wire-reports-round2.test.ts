import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A report in a leading "While …" clause that ends before a name's main clause (cue-then-clause), "she's said"
// ("'s" is "has" after a pronoun: cueGroupStart), a participle report after a past form the tagger called an
// adjective (mistagged-past-subject), "alleged" before a name and its verb (cue-tokens), a descriptor's "at one
// <bank>" (mentionAfter), "team no. 225" (the segmenter), a short title closed by its present-tense source
// (headline-paragraphs), a noun with an object relative clause after a cue (object-gap-noun), a relative-clause
// report that runs through a quoted stretch (relative-clause-report) — and texts that must not change.
// [construction, text, each quote as [type, content, mention]]
const CASES: [string, string, [string, string, string | null][]][] = [
  [
    'a report in a leading "While" clause, then a name opening the main clause',
    'While Lee has said he will fight on, Orr must decide what he will demand.',
    [['indirect', 'he will fight on', 'Lee']],
  ],
  [
    'the same before a place with its state inside the clause',
    'While Lee said the plant in Kelby, Calif., would close, the board met.',
    [['indirect', 'the plant in Kelby, Calif., would close', 'Lee']],
  ],
  [
    '"\'s said" after a pronoun',
    "Ann Tull spoke on Monday. She's said the plan is sound.",
    [['indirect', 'the plan is sound', 'She']],
  ],
  ['"It\'s said that" is impersonal', "It's said that the plan is sound.", []],
  ['"He\'s said to be" is passive', "He's said to be furious about the leak.", []],
  [
    'a participle report after a past form tagged as an adjective',
    'Orr hedged, telling Radio Lorne his support would depend on her platform.',
    [['indirect', 'his support would depend on her platform', 'Orr']],
  ],
  [
    '"alleged" before a name and its verb',
    'Tarnia alleged Ola Brisk was a spy whose team had too many foreigners.',
    [['indirect', 'Ola Brisk was a spy whose team had too many foreigners', 'Tarnia']],
  ],
  ['"the alleged" before a name stays an adjective', 'The alleged Ola Brisk spy ring was broken up.', []],
  [
    'a descriptor "at one" bank',
    '"The risks are very large," said an analyst at one Lorne bank.',
    [['direct', 'The risks are very large,', 'an analyst at one Lorne bank']],
  ],
  [
    'a lower-case "no." before a number',
    'The agency said Friday that team no. 225 made surprise visits to a number of sites.',
    [['indirect', 'team no. 225 made surprise visits to a number of sites', 'The agency']],
  ],
  [
    'a short title closed by its source in the present',
    'Orr will back Lee, eventually, former rival says.\n\nAnn Orr will throw her support behind Tom Lee before the vote, predicted Ida Kunz, the former governor.',
    [['indirect', 'Ann Orr will throw her support behind Tom Lee before the vote', 'Ida Kunz']],
  ],
  [
    'a noun and its object relative clause after a cue',
    'The board stressed the impact the levy has had on the trade.',
    [],
  ],
  [
    'the same after a participle cue',
    'His campaign sent out an email stressing the role his bid has played in the race.',
    [],
  ],
  [
    "a subject with its relative clause, then the clause's own verb",
    'Orr said the sum the firm paid was too high.',
    [['indirect', 'the sum the firm paid was too high', 'Orr']],
  ],
  [
    'a relative clause with "have", then the clause\'s "is"',
    'Orr said the plan they have is a good one.',
    [['indirect', 'the plan they have is a good one', 'Orr']],
  ],
  [
    'a relative-clause report through a two-word quoted stretch',
    'Orr denounced the campaign, which he said is designed to "sow discord" in the port and to help Lee win.',
    [['indirect', 'is designed to "sow discord" in the port and to help Lee win', 'he']],
  ],
  [
    'a relative-clause report holding a longer quoted stretch leaves the direct record',
    'MPs will debate a bill which critics claim would legalise the plan "by the back door".',
    [['direct', 'by the back door', 'critics']],
  ],
  [
    'a report that ends before ", and when pressed"',
    'Ann Tull said fathers would not be eligible for the leave, and when pressed on why, she replied that it was meant for mothers.',
    [
      ['indirect', 'fathers would not be eligible for the leave', 'Ann Tull'],
      ['indirect', 'it was meant for mothers', 'she'],
    ],
  ],
];

describe('quotes: wire and newspaper reports, round two', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = runQuoteEngine(text).quotes.map((q) => [q.type, q.content, q.mention?.text ?? null]);
      assert.deepEqual(got, want);
    });
});
