import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// Reports whose clause opens right after an adjunct or a hearer with a subject that has no article of its own
// ("said on Friday rent controls would …"), after a lone adverb ("said publicly the museum …"), with a number's
// approximation ("said over a hundred people …") or "more than" before its verb — and the cases that must not change.
const CASES: [string, string[]][] = [
  // adjunct-then-subject: isLoneAdverb
  [
    'Ann Lee has said publicly the museum should be closed to visitors.',
    ['the museum should be closed to visitors'],
  ],
  ['Ann Lee said publicly he would resign.', ['he would resign']],
  ['Ann Lee also said separately the museum would close.', ['the museum would close']],
  ['Tarn Oil said previously the notes will be reset weekly.', ['the notes will be reset weekly']],
  // adjunct-then-subject: clauseAfterAdjunct (time)
  ['Ann Lee said on Friday rent controls would reduce supply.', ['rent controls would reduce supply']],
  ['Ann Lee said last week sales rose.', ['sales rose']],
  ['Ann Lee said on March 3 prices rose.', ['prices rose']],
  ['Ann Lee said on Friday afternoon prices rose.', ['prices rose']],
  ['Ann Lee said in 2019 sales rose sharply.', ['sales rose sharply']],
  ['Ann Lee told MPs on Tuesday care was needed.', ['care was needed']],
  ['Ann Lee said on Friday Tom Hill would resign.', ['Tom Hill would resign']],
  // adjunct-then-subject: clauseAfterAdjunct (statement)
  ['Tarn said in a statement one accord was to set up a fund.', ['one accord was to set up a fund']],
  ['Ann Lee said in a television interview plans would be delayed.', ['plans would be delayed']],
  // a possessive opens the adjunct
  ['Tarn said in its report the plan would fail.', ['the plan would fail']],
  [
    'Tarn said in its report, the western fault makes the province active.',
    ['the western fault makes the province active'],
  ],
  // a time or a statement inside a noun phrase: the clause still opens at its article
  ['Ann Lee said in a 2019 report the plan would fail.', ['the plan would fail']],
  ['Ann Lee said in a Monday statement the plan would fail.', ['the plan would fail']],
  [
    'Ann Lee suggested in a late July tweet that voting could result in fraud.',
    ['voting could result in fraud'],
  ],
  ['Ann Lee said over the weekend the plan would fail.', ['the plan would fail']],
  // adjunct-then-subject: clauseAfterBareHearer
  ['Ann Lee told parliament Dover would face a difficult year.', ['Dover would face a difficult year']],
  ['Ann Lee told reporters sales rose.', ['sales rose']],
  ['Ann Lee told committee members the plan would fail.', ['the plan would fail']],
  ['Ann Lee told reporters Monday the plan would fail.', ['the plan would fail']],
  // an article opens the hearer: "told a press conference …"
  [
    'Finance Minister Ana Reyes told a press conference Tarnland now had enough reserves.',
    ['Tarnland now had enough reserves'],
  ],
  ['Ann Lee told a news briefing prices would fall.', ['prices would fall']],
  ['Ann Lee told a news briefing on Monday prices would fall.', ['prices would fall']],
  ['Ann Lee told the committee members Tarn would win.', ['Tarn would win']],
  ['Ann Lee told reporters Tarnland now had enough money.', ['Tarnland now had enough money']],
  ['Ann Lee told the subcommittee oil imports were expected to rise.', ['oil imports were expected to rise']],
  ['Ann Lee told a news conference held during a summit that prices would fall.', ['prices would fall']],
  [
    'Ann Lee also told a news conference following a cabinet meeting that talks would go on.',
    ['talks would go on'],
  ],
  ['Ann Lee told a story about the war.', []],
  ['Ann Lee told the committee members what she knew.', []],
  ['Ann Lee told a press conference in Lima.', []],
  ['Ann Lee told a press conference on Monday.', []],
  // adjunct-then-subject: clauseAfterOutlet
  [
    'Western trade sources told Reuters Taiwan and Dover had agreed to talk.',
    ['Taiwan and Dover had agreed to talk'],
  ],
  ['Ann Roe told The Dover Post radio broadcasts were being used.', ['radio broadcasts were being used']],
  ['Mr Lee told BBC News Labour MPs would not get a free vote.', ['Labour MPs would not get a free vote']],
  ['Ann Roe told NPR Tom Hill had appeared in videos.', ['Tom Hill had appeared in videos']],
  ['Ann Roe told BBC Radio 4 the plan would fail.', ['the plan would fail']],
  // clause-helpers: an aside opening with a participle in -ing inside the clause's subject
  [
    'He told Reuters the contracts, costing two billion dlrs, were due in May.',
    ['the contracts, costing two billion dlrs, were due in May'],
  ],
  ['Ann Roe affirmed her willingness to accept the role, writing, "Dover needs certainty and calm."', []],
  // clause-helpers: approximatesNumber
  ['Police said over a hundred people attended the party.', ['over a hundred people attended the party']],
  ['Ann Lee told reporters over 300 homes were flooded.', ['over 300 homes were flooded']],
  ['Ann Lee said up to 50 jobs would go.', ['up to 50 jobs would go']],
  ['Tarn announced via radio around 11:30 am, phase one had been completed.', []],
  [
    'Author Dan Lewis said at least 111 of the bodies had been set up since 1997.',
    ['at least 111 of the bodies had been set up since 1997'],
  ],
  ['Ann Lee said at the meeting the plan would fail.', ['the plan would fail']],
  // clause-then-cue: an -ing form between nouns inside the source phrase
  [
    'Tarn is seeking a buyer for its branch, a spokesman for the bank holding company said.',
    ['Tarn is seeking a buyer for its branch'],
  ],
  // clause-then-cue: a spokesperson's descriptor set off before the name is the source's
  [
    'Prices will rise next year, a spokeswoman for the farm union, the Varn Growers League, said.',
    ['Prices will rise next year'],
  ],
  ['Prices will rise next year, a spokesman for the union, Ana Reyes, said.', ['Prices will rise next year']],
  [
    'Tarn will buy Dorn, an affiliate of the World Bank, Ann Lee said.',
    ['Tarn will buy Dorn, an affiliate of the World Bank'],
  ],
  [
    'Tarn will buy Dorn, a supplier for the army, Ann Lee said.',
    ['Tarn will buy Dorn, a supplier for the army'],
  ],
  // clause-then-cue: a quoted term of one or two words opens the clause
  [
    '"Major problems" are expected over the next ten years as the workforce ages, it said.',
    ['"Major problems" are expected over the next ten years as the workforce ages'],
  ],
  ['"We will win the vote", Ann Lee said.', []],
  // clause-helpers: "more than" before the verb
  ['It said the new plan more than doubles the budget.', ['the new plan more than doubles the budget']],
  ['Tarn said sales more than doubled.', ['sales more than doubled']],
  // clause-helpers: verbBeforeInfinitive
  ['The news agency said Norland plans to drill a second well.', ['Norland plans to drill a second well']],
  ['Ann Lee said the firm plans to grow sales.', ['the firm plans to grow sales']],
  [
    'Tarn said its share of the costs amounts to about 147 mln dlrs.',
    ['its share of the costs amounts to about 147 mln dlrs'],
  ],
  ['Ann Lee announced plans to limit casinos.', []],
  ["Ann Lee defended the company's plans to expand.", []],
  // clause-helpers: movedAsNoun
  ['Norland said pre-tax profits for 2004 rose 56%.', ['pre-tax profits for 2004 rose 56%']],
  [
    'Norland said profits for 2004 fell 6%, and said it expected growth.',
    ['profits for 2004 fell 6%', 'it expected growth'],
  ],
  // clause-then-cue: a lead manager the tagger calls a verb
  [
    'Tarn is issuing a bond due April 1, 1992 at par, lead manager Norland Bank said.',
    ['Tarn is issuing a bond due April 1, 1992 at par'],
  ],
  // cue-then-clause: a semicolon inside parentheses does not end the clause
  [
    'Tarn said profits rose to 1.2bn euros ($1.5bn; £800m), and said it expected growth.',
    ['profits rose to 1.2bn euros ($1.5bn; £800m)', 'it expected growth'],
  ],
  ['Ann Lee said the plan would fail; others disagreed.', ['the plan would fail']],
  // find-report-cues: a manner adverb in the cue group
  ['For years, Norland has consistently said it is competing with Tarn.', ['it is competing with Tarn']],
  [
    'He slightly increased borrowing but insisted economic targets would be met.',
    ['economic targets would be met'],
  ],
  ['The opposition successfully maintained a majority in the chamber.', []],
  ['With the vote widely predicted for May, the party is preparing its campaign.', []],
  // cue-lexicon / find-mention: "here"/"there" after the subject's noun
  ['Some traders here said the total could be more.', ['the total could be more']],
  ['Residents there told the press the officers were seeking a bomb.', ['the officers were seeking a bomb']],
  // according-to: no comma after the source
  ['According to Ann Lee the property was returned by mail.', ['the property was returned by mail']],
  ['Ann Lee was ill for months and according to the ministry she died in May.', ['she died in May']],
  ['According to the plan the property was returned by mail.', []],
  // find-report-cues: participleAfterObject
  ['Beyond the 12,000 job cuts announced last year at its plants, Tarn is reducing costs.', []],
  // earlier is an adjective here, no adjunct
  ['Ann Lee said earlier studies showed gains.', []],
];

describe('adjunct, hearer or adverb before a bare clause subject', () => {
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(indirectContents(text), expected));
});
