import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// [sentence, the mention of its quote]: a time phrase opening the clause with no comma is no part of the speaker's
// mention; a weekday or month that opens a name stays
const CASES: [string, string | null][] = [
  ['Last year Ann Tull said rates would rise.', 'Ann Tull'],
  ['Last month Tarn Bank said rates would rise.', 'Tarn Bank'],
  ['This week Ann Tull said rates would rise.', 'Ann Tull'],
  ['Yesterday Tarn Bank said rates would rise.', 'Tarn Bank'],
  ['In 2019 Tarn Bank said rates would rise.', 'Tarn Bank'],
  ['On March 3 Tarn Bank said rates would rise.', 'Tarn Bank'],
  ['On Friday the government announced that taxes would rise.', 'the government'],
  ['Friday the government said taxes would rise.', 'the government'],
  ['In March the bank said that rates would rise.', 'the bank'],
  ['Earlier this month the minister said rates would rise.', 'the minister'],
  ['Today the Tarn Bank said rates would rise.', 'the Tarn Bank'],
  // a comma after a time phrase sure of itself; a quantifier after it
  ['Yesterday, the union said rates would rise.', 'the union'],
  ['On Friday, Tarn Bank said rates would rise.', 'Tarn Bank'],
  ['Last week many unions said rates would rise.', 'many unions'],
  ['On Monday some traders said rates would rise.', 'some traders'],
  // names holding a day or month word
  ['Friday Abara said rates would rise.', 'Abara'],
  ['May Lee said rates would rise.', 'May Lee'],
  ['June Ferrin said rates would rise.', 'June Ferrin'],
  ['March of Pennies said rates would rise.', 'March of Pennies'],
  ['Last June Ferrin said rates would rise.', 'Ferrin'],
  ['In April Sorell said rates would rise.', 'Sorell'],
  ['On Monday Ann Tull said rates would rise.', 'Ann Tull'],
  // a holiday that is a date, not one inside a name
  ['On Boxing Day Tull said rates would rise.', 'Tull'],
  ["On New Year's Day Ann Tull said rates would rise.", 'Ann Tull'],
  ['Christmas Day Tull said rates would rise.', 'Christmas Day Tull'],
  // a lower-case time noun inside a speaker phrase, with no time word before it
  ['The year-end panel said rates would rise.', 'The year-end panel'],
];

describe('leading-time-adjunct: a time phrase opening the clause is not the speaker', () => {
  for (const [text, mention] of CASES) {
    it(text, () => {
      const quotes = runQuoteEngine(`Officials met in Dover. ${text}`).quotes;
      assert.deepEqual(
        quotes.map((q) => q.mention?.text ?? null),
        [mention],
      );
    });
  }
});
