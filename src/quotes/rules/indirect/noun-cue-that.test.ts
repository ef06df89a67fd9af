import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// A noun of saying with its owner and a "that" clause: [construction, text, records as "type: content | speaker"]
const CASES: [string, string, string[]][] = [
  [
    "a name's claim, the subject of the sentence: the clause ends before the main verb",
    "Bellamy's claim that Souness had lied about the row was strongly denied by Shepherd.",
    ['indirect: Souness had lied about the row | Bellamy'],
  ],
  [
    'the main verb after a hyphenated word',
    "Lee's claim that Vane had lied about the bust-up was denied by Roe.",
    ['indirect: Vane had lied about the bust-up | Lee'],
  ],
  [
    'an adjective between the owner and the noun, which the tagger calls a verb',
    'The video contradicts Tarn police’s earlier claim that Ruiz had refused to raise his hands.',
    ['indirect: Ruiz had refused to raise his hands | Tarn police'],
  ],
  [
    "a firm's announcement as the subject, the main verb after a noun",
    "Norvel's recent announcement that it was unlikely to cut output has also failed to calm prices.",
    ['indirect: it was unlikely to cut output | Norvel'],
  ],
  [
    'a time\'s possessive is no owner: the agent after "by" is ("last week\'s announcement by …")',
    "That follows last week's announcement by Tarn Mercantile Inc, Tarmex, that it plans to list a wool contract.",
    ['indirect: it plans to list a wool contract | Tarn Mercantile Inc'],
  ],
  [
    'a weekday\'s possessive with no agent gives no record ("Monday\'s statement that …")',
    "Traders shrugged off Monday's statement that the wool quota would be cut.",
    [],
  ],
  [
    'a pronoun owner',
    'Ann Lee spoke on Monday. Vane contradicted her statement that the plan would cost ten million crowns.',
    ['indirect: the plan would cost ten million crowns | Ann Lee'],
  ],
  [
    'a bare verb ends the clause before the main auxiliary',
    'His promise that taxes would not rise was broken within a year.',
    ['indirect: taxes would not rise | His'],
  ],
  [
    '"warnings from <source> <time> that"',
    'The mayor glossed over stern warnings from Norland on Thursday that air strikes could harm ties with Vessby.',
    ['indirect: air strikes could harm ties with Vessby | Norland'],
  ],
  [
    'a quotation of three words or more inside the clause is the record',
    'Tom Vane seized on Ada Lee\'s claim that there have been "thousands of break-ins" in the city this year.',
    ['direct: thousands of break-ins | Ada Lee'],
  ],
  [
    'the owner of a claim is not the "he" who speaks on',
    'Tom Robb said the campaign was "in the gutter". And he hit back at Mr Lund\'s claim that a new assembly would help. "It cannot get people moving," he said.',
    [
      'direct: in the gutter | Tom Robb',
      'indirect: a new assembly would help | Lund',
      'direct: It cannot get people moving, | Tom Robb',
    ],
  ],
  [
    "a lone dash opens the writer's words about the claim",
    "The ad echoed the party's earlier claim that Vane wanted to close the port - an argument that never rang true.",
    ['indirect: Vane wanted to close the port | the party'],
  ],
  [
    'a closing dash of a pair opened before the noun ends the clause',
    'Senators distanced themselves from the remarks — and from his suggestion that a judge from Orvia cannot be fair — while still backing him.',
    ['indirect: a judge from Orvia cannot be fair | his'],
  ],
  [
    'a comma and "adding" after the clause',
    "The mayor mocked the press for fussing over Lund's claim that Ola Brisk founded the gang, adding nothing new.",
    ['indirect: Ola Brisk founded the gang | Lund'],
  ],
  [
    'a comma inside a closing quote mark, then "saying" (a 3-word quotation is the record)',
    "Vane blamed the press for fussing over Lund's claim that Ola Brisk “ran the gang,” saying they missed the point.",
    ['direct: ran the gang, | Lund', 'indirect: they missed the point | Vane'],
  ],
  [
    'a dash pair inside the clause stays',
    'Vane repeated his claim that the bridge - built in 1960 - was unsafe.',
    ['indirect: the bridge - built in 1960 - was unsafe | Vane'],
  ],
  // negative cases: no report
  ['"that" opening a relative clause', "He rejected the council's claim that was made in May.", []],
  ['a belief, not a statement', 'She shared his view that the plan would fail.', []],
  ['a noun with no owner', 'There is speculation that the bank will raise rates.', []],
  ['no owner before the noun of saying', 'He rejected the claim that the bridge was unsafe.', []],
  [
    'inside a direct quote the quote is the record',
    '"We reject his claim that the bridge was unsafe," Ann Lee said.',
    ['direct: We reject his claim that the bridge was unsafe, | Ann Lee'],
  ],
];

describe('noun-cue-that: a noun of saying with its owner and a "that" clause', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.type}: ${q.content} | ${q.speaker}`),
        expected,
      );
    });
  }
  it('PolNeAR conventions leave it to the tagger', () => {
    const text = "Bellamy's claim that Souness had lied about the row was strongly denied by Shepherd.";
    assert.ok(
      !runQuoteEngine(text, { spans: 'polnear' }).quotes.some((q) => q.rule === 'quotes/noun-cue-that'),
    );
  });
});
