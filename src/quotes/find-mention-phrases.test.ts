import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// Issue 3's speaker phrases: a role's own prepositional phrase, a subject set off by an aside, a relative
// clause before the cue. [construction, text, the mention of each quote in text order]
const CASES: [string, string, (string | null)[]][] = [
  [
    'a role "at <firm>" before the cue: the role and its firm, not the firm',
    'A trader at Keel Securities said the market was thin.',
    ['A trader at Keel Securities'],
  ],
  [
    'a role "with <firm>" before the cue after a quote',
    '"The buyout talk is back," an analyst with Pellow Brothers said.',
    ['an analyst with Pellow Brothers'],
  ],
  [
    'a role "for the <ministry>" before the cue',
    'A spokeswoman for the Ministry of Transport said the road would reopen on Monday.',
    ['A spokeswoman for the Ministry of Transport'],
  ],
  [
    'an inverted cue: the role "at <firm>" after it',
    'Bond prices fell for a third day, said an economist at Harwood Bank.',
    ['an economist at Harwood Bank'],
  ],
  [
    'an inverted cue: a time phrase after the role is not part of it',
    'The strike will spread to every port in the country, said an official at the weekend.',
    ['an official'],
  ],
  [
    'an inverted cue: "USA Today" is a name, not a time phrase',
    'The ferry firms have run since the 1970s, according to USA Today.',
    ['USA Today'],
  ],
  [
    'a name, a role "at <firm>" and no comma before the cue: still the name',
    'Rates may rise. Ina Roth, chief economist at Global Data said the bank would act.',
    ['Ina Roth'],
  ],
  [
    'a document "from" its issuer: the issuer',
    'A report from the port authority over the weekend said six ships were held.',
    ['the port authority'],
  ],
  [
    'a descriptor, then the name between commas: the name, not the object of "to"',
    'The head of the relief mission to Freedonia, Karl Brandt, said the plan was sound.',
    ['Karl Brandt'],
  ],
  [
    "a firm whose name holds a comma, after a role's preposition",
    'The dollar fell sharply, an analyst at Smith Barney, Harris Upham and Co said.',
    ['an analyst at Smith Barney, Harris Upham and Co'],
  ],
  [
    "a comma after an opening place is no part of a firm's name",
    'In Tokyo, Norvel Corp said sales had risen in every region.',
    ['Norvel Corp'],
  ],
  [
    'two common nouns joined by "and" inside the phrase',
    'The senior vice president of marketing and sales at Norvel Corp said the plan would raise prices.',
    ['The senior vice president of marketing and sales at Norvel Corp'],
  ],
  [
    'a long descriptor with "on" and "and" before the cue',
    'The chairman of the House subcommittee on energy and power said the plan would raise prices.',
    ['The chairman of the House subcommittee on energy and power'],
  ],
  [
    'an adjective heading the phrase before "of"',
    "The mayor's chief of staff said the road would close.",
    ["The mayor's chief of staff"],
  ],
  [
    'a subject, a participle aside, the cue',
    'The report, released on Monday, concluded the plan had failed.',
    ['The report'],
  ],
  [
    '"But", a subject, a relative aside, the cue: the subject',
    'But some bankers, who declined to be named, said the halt suited Tarnland.',
    ['some bankers'],
  ],
  [
    '"But", a descriptor, a name set off, the cue: the name',
    'Tom Orr, a trade specialist, spoke first. But the analyst, Orr, said the tariff was unwise.',
    ['Orr'],
  ],
  [
    'a subject, a prepositional aside, the cue',
    'The central bank, in its monthly bulletin, said growth had slowed.',
    ['The central bank'],
  ],
  [
    'a relative clause with no commas between the subject and the cue',
    'A senior official at the Ministry of Finance who declined to be named said the budget would be cut.',
    ['A senior official at the Ministry of Finance'],
  ],
  [
    'a name ending in a capitalised adverb ("Abroad")',
    'Oslo is the dearest city for business travellers, a survey by Employment Conditions Abroad said.',
    ['a survey by Employment Conditions Abroad'],
  ],
  [
    '"Another said": one more of those just quoted',
    '"It is a case of euphoria," said one trader. Another said the offer was too low for the board.',
    ['one trader', 'Another'],
  ],
  [
    '"by claiming": the subject of the verb the participle hangs on',
    'The union attacked the plan by claiming it would cost 400 jobs.',
    ['The union'],
  ],
  [
    'a participle before its noun opens a reported clause ("Reported profits …")',
    'Reported profits fell sharply in the quarter, the company said.',
    ['the company'],
  ],
  [
    'a colon after a sentence with no report verb: its subject speaks',
    'Ann Lee was blunt: "It will never work with this budget."',
    ['Ann Lee'],
  ],
  [
    'an adjective with its own "to" phrase: "a source close to the talks"',
    'A source close to the talks said the deal would be signed on Friday.',
    ['A source close to the talks'],
  ],
  [
    '"familiar with" after the noun, then "for" inside the phrase',
    'A person familiar with the plans for the merger said the board would vote in May.',
    ['A person familiar with the plans for the merger'],
  ],
  [
    'a role noun\'s own "to": "aides to <name>"',
    'Aides to Mayor Ilse Brandt say she will not run again.',
    ['Aides to Mayor Ilse Brandt'],
  ],
  [
    'a participle cue after the object of the main verb: the main subject',
    'The senator emailed supporters saying: "The fight goes on until the very last vote."',
    ['The senator'],
  ],
  [
    'a participle cue after "with" and its own subject: that subject',
    'The vote was close, with several members saying: "We need more time to read the bill."',
    ['several members'],
  ],
  [
    'a "to" after a noun that is no role stays out of the phrase',
    'Exports rose after a visit to Norway, the trade minister said.',
    ['the trade minister'],
  ],
];

// Text that must yield no quote: a rule above could over-fire here.
const NOTHING: [string, string][] = [
  [
    'a participle after a noun\'s own phrase is no report ("threatening")',
    'Further escalation of the war threatening the Gulf states could hurt the talks.',
  ],
  ['"by" with a noun, not a report verb', 'The plan was attacked by unions across the country on Monday.'],
  [
    'an opening participle phrase is no reported clause ("said only:")',
    'Asked about the merger, chairman Ron Tavish said only: "No."',
  ],
  ['a colon after "was asked": the one asked is not the speaker', 'Ann Lee was asked: "Will it work?"'],
  [
    'a colon after no subject: no speaker',
    'Here is the full list of demands: "Higher pay and shorter hours."',
  ],
];

describe('find-mention: speaker phrases of issue 3', () => {
  for (const [name, text, mentions] of CASES) {
    it(name, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.mention?.text ?? null),
        mentions,
      );
    });
  }
  for (const [name, text] of NOTHING) {
    it(`nothing: ${name}`, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.filter((q) => q.mention !== null || q.type === 'indirect'),
        [],
      );
    });
  }
});
