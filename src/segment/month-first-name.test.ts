import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthOpensName, secondMonthOfSpan } from './month-first-name.js';

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

// [word before the month, the month before that, the word before it] → is the month the second of a span of months?
const SPAN_CASES: [[string, string, string], boolean][] = [
  [['and', 'May', 'between'], true],
  [['to', 'March', 'From'], true],
  [['through', 'January', 'in'], true],
  // the first month opens a name, or there is no first month
  [['and', 'May', 'Tom'], false],
  [['and', 'May', ''], false],
  [['and', 'Lee', 'between'], false],
  [['with', 'May', 'between'], false],
];

describe('month-first-name: the second month of a span of months', () => {
  for (const [[before, prevMonth, beforePrev], expected] of SPAN_CASES) {
    it(`${beforePrev} ${prevMonth} ${before} [month] → ${expected}`, () => {
      assert.equal(secondMonthOfSpan(before, prevMonth, beforePrev), expected);
    });
  }
});
