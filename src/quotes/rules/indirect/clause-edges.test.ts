import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// Where a reported clause opens and closes in wire and newspaper prose: a subject set off by a connective adverb
// before an inverted "said Name" (adverb-aside-clause), two modifiers joined by a comma in the subject
// (clause-helpers: listComma), a relative clause closed by adverbs before the main verb (clause-helpers: isClauseAt),
// a noun of saying with its agent ("accusations made by …", "complaints by …, Name, that": object-not-clause,
// noun-cue-that, cue-then-clause), a dashed aside before "that" — and texts that must not change.
// [construction, text, indirect contents]
const CASES: [string, string, string[]][] = [
  [
    'a subject, a connective adverb between commas, then an inverted cue',
    'Tarn, meanwhile, may have crossed the border into Lorne, said Ola Brisk.',
    ['Tarn, meanwhile, may have crossed the border into Lorne'],
  ],
  [
    'a person\'s name, "however" and a second clause joined by "but"',
    'Ann Lee, however, will stay on the board, but the ferry runs again, said Ola Brisk.',
    ['Ann Lee, however, will stay on the board, but the ferry runs again'],
  ],
  [
    'two hyphenated modifiers joined by a comma inside the subject',
    'Ada Kray said the sale of slow-growth, low-profit units has been offset by new ones.',
    ['the sale of slow-growth, low-profit units has been offset by new ones'],
  ],
  [
    'two plain modifiers joined by a comma inside the subject',
    'Ada Kray said a big, ugly tower was planned for the pier.',
    ['a big, ugly tower was planned for the pier'],
  ],
  [
    'a long "including" aside that names only things, then the main verb',
    'Ada Kray said the board members, including delegates of the Lorne insurer Tarn Mutual AG and the Kelby banks Orr Savings and Vell Credit Union, hold half of the capital.',
    [
      'the board members, including delegates of the Lorne insurer Tarn Mutual AG and the Kelby banks Orr Savings and Vell Credit Union, hold half of the capital',
    ],
  ],
  [
    'a relative clause, then a floating "all" and an adverb before the main verb',
    'Ada Kray said the banks that hold half of the capital all strongly support her.',
    ['the banks that hold half of the capital all strongly support her'],
  ],
  [
    'a noun of saying with its maker between it and "that"',
    'Ada Kray denied accusations made by her brother that she had joined the league.',
    ['she had joined the league'],
  ],
  [
    'a noun of saying with its agent and a name set off after it',
    'Tom Orr heard complaints by the minister, Ida Marsk, that the surpluses were distorting trade.',
    ['the surpluses were distorting trade'],
  ],
  [
    'a noun of saying as the object of a report verb, its agent named after it',
    'Tom Orr answered claims by the minister, Ida Marsk, that the surpluses were distorting trade.',
    ['the surpluses were distorting trade'],
  ],
  [
    'a noun of saying with its agent inside a clause that its own cue closes',
    'The health case far outweighed claims by the ferry trade that jobs would be lost, Ann Lee told the council.',
    [
      'The health case far outweighed claims by the ferry trade that jobs would be lost',
      'jobs would be lost',
    ],
  ],
  [
    'a noun of saying with its agent in the subject, the main verb after a comma',
    'Such rhetoric, and frequent accusations by some activists that doctors are lying, can only fuel more anger.',
    ['doctors are lying'],
  ],
  [
    'a dashed aside holding "and" and a verb between the cue and "that"',
    'Ada Kray complained at the briefing — notes and tapes of which the council sent out later — that the pier was unsafe.',
    ['the pier was unsafe'],
  ],
  // negative cases: nothing new
  [
    'a relative clause with its own adverb stays the relative clause',
    'Ada Kray said the people who often visit the pier rarely complain.',
    ['the people who often visit the pier rarely complain'],
  ],
  [
    "a sentence adverb between the speaker and the cue stays the speaker's",
    'Ada Kray, however, said the pier was unsafe.',
    ['the pier was unsafe'],
  ],
  [
    "a sentence adverb before the cue's own auxiliary",
    'Ada Kray, meanwhile, has said the pier was unsafe.',
    ['the pier was unsafe'],
  ],
  [
    'a participle with its agent and a relative "that" on a plain noun stays in the clause',
    'Tom Orr said the offer made by Kelby that included two farms was rejected.',
    ['the offer made by Kelby that included two farms was rejected'],
  ],
  ['a comma between two clauses is no list of modifiers', 'The pier is old, new piers cost more.', []],
  [
    'a dashed aside with no "that" after it reports nothing',
    'Ada Kray spoke at the briefing — a short one — on Friday.',
    [],
  ],
  [
    "a noun's infinitive with no object, then the auxiliary (clause-helpers: isClauseAt)",
    "Ada Kray said the mayor's refusal to resign was a disgrace.",
    ["the mayor's refusal to resign was a disgrace"],
  ],
  [
    "a noun's infinitive with no object before a modal",
    'Ada Kray said the decision to quit could cost the party the seat.',
    ['the decision to quit could cost the party the seat'],
  ],
  [
    'not: an infinitive on an object, then a participle that is an adjective',
    'The grant helps councils find funds to rebuild flooded harbours.',
    [],
  ],
];

describe('quotes: clause edges in wire and newspaper prose', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
  it('the inverted cue after a connective adverb aside names the speaker after the cue', () => {
    const [q] = runQuoteEngine(
      'Tarn, meanwhile, may have crossed the border into Lorne, said Ola Brisk.',
    ).quotes;
    assert.equal(q?.mention?.text, 'Ola Brisk');
  });
  it('the agent of a noun of saying is its mention', () => {
    const qs = runQuoteEngine(
      'Tom Orr heard complaints by the minister, Ida Marsk, that the surpluses were distorting trade.',
    ).quotes;
    assert.deepEqual(
      qs.map((q) => q.mention?.text),
      ['Ida Marsk'],
    );
  });
});
