import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

/** One `describe` of `[name, text, the indirect contents it gives]` cases. */
function describeContents(title: string, cases: [string, string, string[]][]): void {
  describe(title, () => {
    for (const [name, text, want] of cases) {
      it(name, () => {
        assert.deepEqual(indirectContents(text), want);
      });
    }
  });
}

// [case, text, indirect contents expected]
const CASES: [string, string, string[]][] = [
  // agent-participle
  [
    'a source described by a participle and its agent',
    'The merger will not be a critical blow to Tarn Corp, said analysts polled by the Gazette.',
    ['The merger will not be a critical blow to Tarn Corp'],
  ],
  [
    'a participle with an object after the source is a verb of its own',
    'The merger will fail, said analysts who expected the vote.',
    [],
  ],
  // a spaced dash after the cue opens the writer's aside
  [
    "a dash after the cue's time",
    'Prosecutors charged the driver with manslaughter, they said Monday — a charge carrying ten years.',
    ['Prosecutors charged the driver with manslaughter'],
  ],
  // clause-after-leading-phrase
  [
    "a participle's phrase before the clause's own subject",
    'Faced with a choice of two sites, the council chose the harbour, mayor Ann Lee told reporters.',
    ['Faced with a choice of two sites, the council chose the harbour'],
  ],
  [
    "… past an aside and the phrase's own coordinated part",
    'Faced with keeping the ferry, which loses money, or selling it, the council chose to sell, Ann Lee said.',
    ['Faced with keeping the ferry, which loses money, or selling it, the council chose to sell'],
  ],
  ["a participle's phrase alone is no clause", 'Asked about the harbour plan, Ann Lee said nothing.', []],
  [
    '… nor with a list inside it',
    'Asked about the harbour, the ferry and the bridge, Ann Lee said little.',
    [],
  ],
  // complement-after-cue: the typewriter pair of quote marks
  [
    'a leading phrase before a cue with its own quote in typewriter marks',
    "Calling for a new charter, to be drafted by poets, republican Ann Lee said, ``We need new words.''",
    [],
  ],
];

describeContents('clause-then-cue: the clause before its source', CASES);

// cue-then-clause: a cue after the second of two joined subjects is the reported clause's own verb
const JOINED: [string, string, string[]][] = [
  [
    'two joined subjects before a verb the lexicon knows',
    'The directors did not name a lender for the new offer, but said the bank and its partners agreed in principle to buy the site.',
    ['the bank and its partners agreed in principle to buy the site'],
  ],
  [
    'a second speaker with a clause of its own still ends the report',
    'Ann Lee said the plan was sound and the Greens claimed it was too costly.',
    ['the plan was sound', 'it was too costly'],
  ],
];

describeContents('cue-then-clause: joined subjects', JOINED);

// cue-then-clause: adjuncts before the reported clause, and a "clause" that is only another report's source
const ADJUNCTS: [string, string, string[]][] = [
  [
    'an adjunct with a noun\'s own "of" phrase, and a second one joined by "and"',
    'The bank said in most of Europe and in Tarn, raw materials will cost less this year.',
    ['raw materials will cost less this year'],
  ],
  [
    "an adjective after the adjunct's noun opens the subject",
    'The board said in recent months rapid money growth has been a cause of the fall.',
    ['rapid money growth has been a cause of the fall'],
  ],
  [
    'a conditional with a short quoted term, no comma',
    'Ann Lee said if a "decisive blow" was struck at the polls it would be by older voters.',
    ['if a "decisive blow" was struck at the polls it would be by older voters'],
  ],
  [
    'a conditional whose clause opens with "then"',
    'Ann Lee said if the growth went on then the bank may raise rates.',
    ['if the growth went on then the bank may raise rates'],
  ],
  [
    '"as many as" before a number opens the subject',
    'Ann Lee said as many as 3,000 firms could be on the list.',
    ['as many as 3,000 firms could be on the list'],
  ],
  [
    'a passive report ending the clause is its own verb',
    'Dorn said the crew had been warned.',
    ['the crew had been warned'],
  ],
  [
    'a plural noun read as a report verb before another source',
    'Dover banks may lose money on their floating rate notes after the collapse of the market, bankers said.',
    ['Dover banks may lose money on their floating rate notes after the collapse of the market'],
  ],
];

describeContents('cue-then-clause: adjuncts and sources', ADJUNCTS);
