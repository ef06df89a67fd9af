import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holidayDateLength, isHolidayInName, isWholeHoliday, mayOpenHoliday } from './holiday-in-name.js';

// [sentence, holiday as written, is a word of a name]
const CASES: [string, string, boolean][] = [
  ['The Grand Orchestra of Christmas Charity raised a record sum.', 'Christmas', true],
  ['Ann Roe, who runs the Museum of Christmas in Velden, said it would close.', 'Christmas', true],
  ['Staff at the centre on Christmas Island said it was full.', 'Christmas', true],
  ['The Velden Christmas Appeal said it had raised money.', 'Christmas', true],
  ['The Office Christmas Special drew ten million viewers.', 'Christmas', true],
  ["MPs passed the New Year's Day Trading Bill.", "New Year's Day", true],
  ['Halloween Horror Nights will return, the park said.', 'Halloween', true],
  ['The shop will shut on Christmas Day, Roe said.', 'Christmas Day', false],
  ['Roe said she would be home at Christmas.', 'Christmas', false],
  ['The strike began on Christmas Eve.', 'Christmas Eve', false],
  ['On Christmas Day Roe said the ward was full.', 'Christmas Day', false],
  ['Ahead of Christmas, the minister said prices would rise.', 'Christmas', false],
  ['He attended Christmas Midnight Mass in Velden.', 'Christmas', false],
  ['Shops Shut On Christmas As Storm Hits Velden', 'Christmas', false],
  ['The talks stalled before Christmas and resumed in January.', 'Christmas', false],
  ['Velden celebrates Independence Day with a parade.', 'Independence Day', false],
];

test('isHolidayInName', () => {
  for (const [text, word, expected] of CASES) {
    const start = text.indexOf(word);
    assert.equal(isHolidayInName(text, start, start + word.length), expected, text);
  }
});

// [sentence, where the holiday starts, the holiday written there when it is a date ('' when none is)]
const DATE_CASES: [string, string, string][] = [
  ['On Christmas Day Roe said the ward was full.', 'Christmas', 'Christmas Day'],
  ["On New Year's Eve Ann Roe said the ward was full.", 'New', "New Year's Eve"],
  ['On Boxing Day the minister said the ward was full.', 'Boxing', 'Boxing Day'],
  ['Staff on Christmas Island said the ward was full.', 'Christmas', ''],
  ['Christmas Day Roe said the ward was full.', 'Christmas', ''],
  ['The Christmasville council said the ward was full.', 'Christmas', ''],
  ['He will speak at his Christmas Midnight Mass.', 'Christmas', ''],
];

test('holidayDateLength', () => {
  for (const [text, at, expected] of DATE_CASES) {
    assert.equal(holidayDateLength(text, text.indexOf(at)), expected.length, text);
  }
});

// every holiday the reader knows opens with letters the quick refusal lets through; other words are refused
const HOLIDAYS = [
  'Christmas Day',
  'Christmas Eve',
  "New Year's Day",
  'New Year’s Eve',
  'Boxing Day',
  'Halloween',
  "Valentine's Day",
  'Independence Day',
  'Bastille Day',
  'Armistice Day',
  'Veterans Day',
  "St Patrick's Day",
  "St. Patrick's Day",
  'Easter Monday',
  'Good Friday',
  'Holy Thursday',
  'Maundy Thursday',
  'Palm Sunday',
  'Ash Wednesday',
  'Ascension Day',
  'Pentecost Sunday',
  'Whit Monday',
  'Thanksgiving Day',
  'Memorial Day',
  'Labor Day',
  'Columbus Day',
];

test('mayOpenHoliday: true for every holiday, false for other words', () => {
  for (const h of HOLIDAYS) {
    assert.equal(mayOpenHoliday(`on ${h}`, 3), true, h);
    assert.equal(isWholeHoliday(h, 0, h.length), true, h);
  }
  for (const w of ['Prime', 'president', 'Éire', 'C', '', '9am'])
    assert.equal(mayOpenHoliday(w, 0), false, w);
});
