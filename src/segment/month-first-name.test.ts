import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthOpensName } from './month-first-name.js';

// [word before ('' at a sentence's start), month, word after, the word after that] → does the month open a name?
const CASES: [[string, string, string, string], boolean][] = [
  // a name: nothing or a non-time word before, a surname-like word after
  [['', 'May', 'Quill', 'said'], true],
  [['', 'June', 'Ferrin', 'said'], true],
  [['said', 'April', 'Sorell', ''], true],
  [[',', 'August', 'Brenn', 'said'], true],
  [['Councillor', 'July', 'Osk', 'said'], true],
  [['', 'March', 'of', 'Pennies'], true],
  [['', 'October', "O'Dell", 'said'], true],
  // a time: a preposition, a time opener, a determiner, a date word or a number before
  [['In', 'May', 'Quill', "'s"], false],
  [['in', 'June', 'Ferrin', 'would'], false],
  [['Last', 'June', 'Ferrin', 'said'], false],
  [['the', 'March', 'Budget', ''], false],
  [['5', 'May', 'Quill', 'said'], false],
  [['Friday', 'April', 'Sorell', 'said'], false],
  [['–', 'June', 'Ferrin', 'said'], false],
  // a time or a modal: no surname-like word after
  [['', 'May', '5', 'talks'], false],
  [['', 'May', 'could', 'see'], false],
  [['', 'June', 'UK', 'inflation'], false],
  [['', 'May', 'Day', 'marches'], false],
  [['', 'May', 'God', 'help'], false],
  [['', 'June', 'The', ''], false],
  [['', 'April', 'Friday', ''], false],
  [['', 'March', 'of', 'the'], false],
  [['', 'March', 'of', '2019'], false],
  [['ended', 'November', 'Four', ''], false],
  [['', 'June', 'Twenty-first', ''], false],
  // no month: a weekday, a month's abbreviation, a word in capitals
  [['', 'Friday', 'Abara', 'said'], false],
  [['', 'Aug.', 'Brenn', 'said'], false],
  [['', 'MAY', 'Quill', 'said'], false],
];

describe('month-first-name: a month word opening a name', () => {
  for (const [[before, word, after, afterNext], expected] of CASES) {
    it(`${before} [${word}] ${after} ${afterNext} → ${expected}`, () => {
      assert.equal(monthOpensName(before, word, after, afterNext), expected);
    });
  }
});
