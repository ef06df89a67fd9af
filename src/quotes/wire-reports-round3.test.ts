import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// A straight double mark typed for an apostrophe (find-quote-marks typedApostrophe), an irregular participle of a
// passive infinitive inside a reported clause's subject (isClauseAt), a say-verb with its source after it at the
// sentence's end (inverted-cue-source), a poll's respondents (respondents-subject), a condition that ends on an
// object pronoun (adverbial-then-clause), a report verb inside a condition (hypothetical-cue), "account for" tagged a noun and a list whose item has a phrase of its own (clause-helpers), "he told her" as an aside (parenthetical-cue), a cue after "and" and a time phrase (time-after-join), a cue on reports whose "that" clause is theirs (topic-noun-that), a clause opened by "excluding …," (adverbial-then-clause) — and texts that must
// not change.
// [construction, text, each quote as [type, content, mention]]
const CASES: [string, string, [string, string, string | null][]][] = [
  [
    'n"t typed for an apostrophe inside a quote',
    'But one envoy told reporters: "I don"t think you need to worry. We are far from the end yet."',
    [['direct', 'I don"t think you need to worry. We are far from the end yet.', 'one envoy']],
  ],
  [
    '"s typed for an apostrophe before a quote',
    'A vote is due during Lorne"s visit. "We will win this," Orr said.',
    [['direct', 'We will win this,', 'Orr']],
  ],
  [
    '"s typed for an apostrophe before a partial quote',
    'Ministers, notably Lorne"s Ada Kray, said the plan was "far too tough for us."',
    [['direct', 'far too tough for us.', 'Ministers']],
  ],
  [
    'a quote closing before an "s" that opens a word stays a quote',
    'Orr said the pier was "a danger to all" so far.',
    [['direct', 'a danger to all', 'Orr']],
  ],
  [
    'an irregular participle after "to be" in the subject',
    'Tull said the payments to be made this year are on private debts.',
    [['indirect', 'the payments to be made this year are on private debts', 'Tull']],
  ],
  [
    'the same with the finite verb right after the participle',
    'Tull said the sums to be paid are small.',
    [['indirect', 'the sums to be paid are small', 'Tull']],
  ],
  [
    'the same after "being"',
    'Tull said the fees being paid were too high.',
    [['indirect', 'the fees being paid were too high', 'Tull']],
  ],
  [
    'an inverted say-verb after a clause whose subject is a name with an appositive',
    'Kelby Trust, a unit of the Lorne bank, is offering new notes, said lead manager Orr Brothers.',
    [
      [
        'indirect',
        'Kelby Trust, a unit of the Lorne bank, is offering new notes',
        'lead manager Orr Brothers',
      ],
    ],
  ],
  [
    'the same with a descriptor as the source',
    'Kelby Trust, a unit of the Lorne bank, is offering new notes, said a spokesman for the bank.',
    [
      [
        'indirect',
        'Kelby Trust, a unit of the Lorne bank, is offering new notes',
        'a spokesman for the bank',
      ],
    ],
  ],
  [
    'a name with an appositive before its own cue keeps its clause',
    'Ada Kray, a banker, said Orr had left.',
    [['indirect', 'Orr had left', 'Ada Kray']],
  ],
  [
    "the same with the source's descriptor after a comma",
    'Kelby Trust, a unit of the Lorne bank, is offering new notes, said Ada Orr, an analyst.',
    [['indirect', 'Kelby Trust, a unit of the Lorne bank, is offering new notes', 'Ada Orr']],
  ],
  [
    'a name set off before its cue, then a clause whose subject has an appositive',
    "His sister, Ada, said her brother's rival, Tom Roe, 40 - who was fined in May - had lied to the court.",
    [['indirect', "her brother's rival, Tom Roe, 40 - who was fined in May - had lied to the court", 'Ada']],
  ],
  [
    "a poll's respondents as the subject",
    'Most of those polled said they did not know his stance.',
    [['indirect', 'they did not know his stance', 'Most of those polled']],
  ],
  [
    'the same with a number',
    'In a Lorne Post poll, 61 percent of those surveyed said the pier should close.',
    [['indirect', 'the pier should close', '61 percent of those surveyed']],
  ],
  [
    'the same inverted',
    'The pier is unsafe, those questioned said.',
    [['indirect', 'The pier is unsafe', 'those questioned']],
  ],
  [
    'a condition without a comma that ends on an object pronoun',
    'Orr said if Kelby Stores enters into a deal with him he will begin a tender offer.',
    [['indirect', 'if Kelby Stores enters into a deal with him he will begin a tender offer', 'Orr']],
  ],
  ['a report verb in a condition is no report', 'If Orr says the pier is unsafe, it will close.', []],
  ['nor after a report', 'Tull said if the board agrees he will resign.', []],
  [
    'a condition set off after the cue keeps its report',
    'Orr warned that unless the council says the pier is safe, it will stay shut.',
    [['indirect', 'unless the council says the pier is safe, it will stay shut', 'Orr']],
  ],
  [
    '"account for" the tagger calls a noun, in a clause before its cue',
    'Together, the two towns account for nearly 40 pct of the catch, the Kelby Gazette said.',
    [['indirect', 'Together, the two towns account for nearly 40 pct of the catch', 'the Kelby Gazette']],
  ],
  [
    'the same with "accounts" after a singular subject',
    'The port accounts for half of all exports, Orr said.',
    [['indirect', 'The port accounts for half of all exports', 'Orr']],
  ],
  ['a noun phrase with "account for" is no clause', 'A savings account for the poor, Orr said.', []],
  [
    'a listed subject whose item has its own prepositional phrase',
    'Orr said high prices, the need for cash and a strong port were good reasons to sell.',
    [['indirect', 'high prices, the need for cash and a strong port were good reasons to sell', 'Orr']],
  ],
  [
    "the same with an item's own infinitive",
    'Orr said high prices, the need to save cash and a strong port were good reasons to sell.',
    [['indirect', 'high prices, the need to save cash and a strong port were good reasons to sell', 'Orr']],
  ],
  [
    'an aside with a preposition is no list',
    'Orr said sales, in his view, were weak.',
    [['indirect', 'sales, in his view, were weak', 'Orr']],
  ],
  [
    'an aside "he told her" between the subject and its verb',
    'The desks, he sternly told her, were for members only.',
    [['indirect', 'were for members only', 'he']],
  ],
  [
    "a name told after the aside's cue is not passed over",
    'Orr told her, Ada, that the pier was safe.',
    [['indirect', 'the pier was safe', 'Orr']],
  ],
  [
    'a cue after "and" and a time phrase shares the subject before "and"',
    'The relatives refused to sign, and in recent days said they would stay.',
    [['indirect', 'they would stay', 'The relatives']],
  ],
  [
    'the same with a month after "in"',
    'The relatives refused to sign, and in May said they would stay.',
    [['indirect', 'they would stay', 'The relatives']],
  ],
  [
    'a month that is a name in a list of speakers stays one',
    'Orr and May said the pier was safe.',
    [['indirect', 'the pier was safe', 'Orr and May']],
  ],
  [
    'a cue on reports: their "that" clause is theirs',
    'Orr commented on reports that the pier would close.',
    [],
  ],
  ['the same with rumours', 'Orr commented about the recent rumours that the pier would close.', []],
  [
    'a day after "on" keeps the report',
    'Orr commented on Friday that the pier would close.',
    [['indirect', 'the pier would close', 'Orr']],
  ],
  [
    "the speaker's own fears keep it too",
    'Orr commented on his fears that the pier would close.',
    [['indirect', 'the pier would close', 'Orr']],
  ],
  [
    'a reported clause opened by "excluding …,"',
    'Orr said excluding one-off items, profit rose 5 pct.',
    [['indirect', 'excluding one-off items, profit rose 5 pct', 'Orr']],
  ],
  [
    'the same with "barring"',
    'Orr said barring a strike, the pier would open in May.',
    [['indirect', 'barring a strike, the pier would open in May', 'Orr']],
  ],
  [
    'a gerund subject keeps its reading',
    'Orr said including Kray in the talks was a mistake.',
    [['indirect', 'including Kray in the talks was a mistake', 'Orr']],
  ],
  ['a day after the cue is no inverted source', 'Kelby Trust, a unit of the Lorne bank, said Friday.', []],
  ['nor "last week"', 'Kelby Trust, which makes chips, lost money, said last week.', []],
];

describe('quotes: wire reports, round three', () => {
  for (const [name, text, want] of CASES)
    it(name, () => {
      const got = runQuoteEngine(text).quotes.map((q) => [q.type, q.content, q.mention?.text ?? null]);
      assert.deepEqual(got, want);
    });
});
