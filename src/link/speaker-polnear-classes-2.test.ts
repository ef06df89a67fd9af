import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// Error classes found on PolNeAR train's direct quotes (second round), each with invented sentences.
// [construction, text, the last direct quote's content, mention and speaker ([…, null, null] for none)]
type QuoteCase = [string, string, [string, string | null, string | null]];

const NARRATION = 'Rates rose again on Monday.\n\n';

const CASES: QuoteCase[] = [
  [
    "three apostrophes closing: a single mark inside, then the doubled one (''…'a term,''' he said)",
    `${NARRATION}''We are told all the time, 'Norland is a special case,''' Mr. Farlow said.`,
    ["We are told all the time, 'Norland is a special case,'", 'Mr. Farlow', 'Farlow'],
  ],
  [
    'three apostrophes closing before an inverted cue',
    `${NARRATION}''I would use the word 'old-school,''' said Gregor T. Bastin, who now backs the mayor.`,
    ["I would use the word 'old-school,'", 'Gregor T. Bastin', 'Gregor T. Bastin'],
  ],
  [
    'three apostrophes opening: the doubled mark, then a single one',
    `${NARRATION}He wrote: '''Colonel' is a rank, not a name,'' and left.`,
    ["'Colonel' is a rank, not a name,", 'He', 'He'],
  ],
  [
    'a participle cue after a name and a past tense the tagger took for a noun ("shot back")',
    `${NARRATION}Farlow shot back in a statement, saying he has “made a lot of money in down markets.”`,
    ['made a lot of money in down markets.', 'Farlow', 'Farlow'],
  ],
  [
    'a participle cue after a name and an "-ed" verb the tagger took for an adjective',
    `${NARRATION}Ann Lee needled the reporter, saying, “A reporter who tweets on request!”`,
    ['A reporter who tweets on request!', 'Ann Lee', 'Ann Lee'],
  ],
  [
    'a name modifying a plural noun is no subject of the participle',
    `${NARRATION}Farlow rally goers cheered, saying, “We want a wall around the town hall!”`,
    ['We want a wall around the town hall!', 'Farlow rally goers', 'Farlow rally goers'],
  ],
  [
    'the subject of the clause before a semicolon does not call the words after it',
    `${NARRATION}The plan drew fire abroad; one lawmaker called Ann Tull "the orange prince of self-publicity."`,
    ['the orange prince of self-publicity.', null, null],
  ],
  [
    'a name set off inside a "whose" clause is no subject: the name before it is',
    `${NARRATION}Marco Tull, whose hometown, Port Ellis, may be underwater within decades, argues that the levy will "destroy our economy."`,
    ['destroy our economy.', 'Marco Tull', 'Marco Tull'],
  ],
  [
    'a name inside a "whose" clause of several words',
    `${NARRATION}Mr. Slinker, whose latest start-up, Paradata, helps brands find suppliers, said: "He is a start-up kind of guy."`,
    ['He is a start-up kind of guy.', 'Mr. Slinker', 'Slinker'],
  ],
  [
    'a name between commas after a plain descriptor still names it',
    `${NARRATION}His mother, Gwen, said: "He was always kind to the animals on the farm."`,
    ['He was always kind to the animals on the farm.', 'Gwen', 'Gwen'],
  ],
];

function lastDirect(text: string): [string, string | null, string | null] {
  const direct = speakersOfText(text).filter((q) => q.type === 'direct');
  const q = direct[direct.length - 1];
  return [q?.content ?? '', q?.mention?.text ?? null, q?.speaker ?? null];
}

describe('speaker mentions: PolNeAR-train classes, second round', () => {
  for (const [name, text, expected] of CASES)
    it(name, () => {
      assert.deepEqual(lastDirect(text), expected);
    });
});
