import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// Where a wire report's clause opens and where its subject's asides close: a town's state between commas
// (place-comma), an aside opened by an irregular participle or a subordinator (aside-opener), an occasion before a
// bare subject (adjunct-then-subject), an inverted "said lead manager …" (find-mention) — and texts that must not
// change. [construction, text, indirect contents]
const CASES: [string, string, string[]][] = [
  // place-comma
  [
    'a participle aside holding a town and its state',
    'It said the farm concern, based in Kelby, Calif., opened on 37,000 shares at nine.',
    ['the farm concern, based in Kelby, Calif., opened on 37,000 shares at nine'],
  ],
  [
    'a prepositional aside closing on a state',
    'Lorne Savings Bank said a plan to sell its branches to First Orr Bank, of Kelby, N.C., fell through.',
    ['a plan to sell its branches to First Orr Bank, of Kelby, N.C., fell through'],
  ],
  [
    'a town and its state inside the subject, no aside',
    'It said the lodge at Orrville, Colo., will be sold and leased back.',
    ['the lodge at Orrville, Colo., will be sold and leased back'],
  ],
  [
    'a state written out',
    'Brisk said the plant in Kelby, Texas, had closed.',
    ['the plant in Kelby, Texas, had closed'],
  ],
  // aside-opener
  [
    'an aside opened by an irregular participle',
    'Spokesman Ola Brisk said the panel, set up last October to examine imports, would report soon.',
    ['the panel, set up last October to examine imports, would report soon'],
  ],
  [
    'an aside opened by a subordinator',
    'He said the wheat trade, because wheat grows in many nations, is a good barometer.',
    ['the wheat trade, because wheat grows in many nations, is a good barometer'],
  ],
  // adjunct-then-subject: an occasion
  [
    'an occasion, then a name opening the clause',
    'Finance Minister Ola Brisk said in the same session Norland should spend more on roads.',
    ['Norland should spend more on roads'],
  ],
  [
    'an occasion, then a bare plural noun and its verb',
    'Brisk said at the meeting rates would rise.',
    ['rates would rise'],
  ],
  // find-mention: mentionAfter
  [
    'an inverted cue before "lead manager" and a firm',
    'Arden Corp is raising 50 mln dlrs through an offering of notes due 2022, said lead manager Orr Brothers Inc.',
    ['Arden Corp is raising 50 mln dlrs through an offering of notes due 2022'],
  ],
  // find-mention: a capitalised word in parentheses inside a firm's name
  [
    'a firm whose name holds a parenthesis, after the clause',
    'The notes were priced at par, Orr Securities Co (Europe) Ltd said.',
    ['The notes were priced at par'],
  ],
  // clause-helpers: isClauseAt, a participle between a determiner (and its -ly adverb) and a noun
  [
    'an adverb and participle before the noun make no clause',
    'Arden Co. announced terms of a previously proposed rights issue that is expected to raise money.',
    [],
  ],
  [
    'guard: the same participle as the verb after a subject',
    'Brisk said the firm previously proposed cuts.',
    ['the firm previously proposed cuts'],
  ],
  // adverbial-then-clause: a phrase of place or occasion closed by its comma, then the clause
  [
    'a meeting with a possessive, then the clause after the comma',
    "He said at the group's next meeting in Vienna in June, members will face a choice.",
    ["at the group's next meeting in Vienna in June, members will face a choice"],
  ],
  [
    'guard: a phrase with a verb of its own is left alone',
    'The Tories claim that of the money the mayor pledged in 2000 to invest in pitches, only half was spent.',
    ['of the money the mayor pledged in 2000 to invest in pitches, only half was spent'],
  ],
  [
    'guard: a leading participle and its phrase report nothing',
    "Commenting on the board's decision to sell, Ann Lee said she would rather stay.",
    ['she would rather stay'],
  ],
  [
    'an "along with" phrase, then the clause',
    'Arden said along with about 40 other companies, it has been named a defendant.',
    ['along with about 40 other companies, it has been named a defendant'],
  ],
  [
    'a town and its state in the phrase',
    'He said in Kelby, Calif., the plan was dead.',
    ['in Kelby, Calif., the plan was dead'],
  ],
  ['guard: a place phrase and no clause after its comma', 'He said in Kelby, adding nothing.', []],
  ['guard: "told" keeps its hearer', 'He told reporters in Kelby the plan was dead.', ['the plan was dead']],
  // negative cases: nothing new
  ['a town and state after the report, no clause', 'Brisk spoke in Kelby, Calif., on Friday.', []],
  [
    'two names and a comma are a list, not a town and state',
    'Brisk said Tom Orr, Ann Lee and Joe Bay left the board.',
    ['Tom Orr, Ann Lee and Joe Bay left the board'],
  ],
  [
    'a conference call is one noun: the clause opens after it',
    'Ola Brisk told analysts on a conference call the pier cuts were on schedule.',
    ['the pier cuts were on schedule'],
  ],
  [
    'an aside that never closes is no clause',
    'Brisk said the panel, set up last October to examine imports.',
    [],
  ],
  ['a lead singer is no report', 'The lead singer left the band in May.', []],
];

describe('quotes: wire clause boundaries', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});
