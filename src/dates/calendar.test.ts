import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  daysInMonth,
  formatDay,
  formatWeek,
  isoWeekMonday,
  parseDay,
  resolveMonth,
  resolveWeekday,
  weekday,
} from './calendar.js';

const DAY = parseDay('2017-06-04');

test('parses only real days', () => {
  assert.deepEqual(parseDay('2017-06-04'), { y: 2017, m: 6, d: 4 });
  assert.equal(parseDay('2017-02-30'), null);
  assert.equal(parseDay(null), null);
});

// [text, day or null]: what follows the day is not read; digits are ASCII only
const DAY_TEXTS: Array<[string, { y: number; m: number; d: number } | null]> = [
  ['2017-06-04T10:30:00Z', { y: 2017, m: 6, d: 4 }],
  ['2016-02-29', { y: 2016, m: 2, d: 29 }],
  ['0048-02-29', { y: 48, m: 2, d: 29 }],
  ['0050-02-29', null],
  ['2017-13-01', null],
  ['2017-00-10', null],
  ['2017-06-00', null],
  ['2017-6-04', null],
  ['2017/06/04', null],
  ['２０１７-06-04', null],
  ['', null],
];
for (const [text, day] of DAY_TEXTS)
  test(`parseDay(${JSON.stringify(text)})`, () => assert.deepEqual(parseDay(text), day));

// [year, month, days]: leap years (2000 yes, 1900 and 2100 no), and a year 0-99 read as Date.UTC reads it (1900-1999)
const MONTH_LENGTHS: Array<[number, number, number]> = [
  [2017, 1, 31],
  [2017, 2, 28],
  [2016, 2, 29],
  [2000, 2, 29],
  [1900, 2, 28],
  [2100, 2, 28],
  [2017, 4, 30],
  [2017, 12, 31],
  [0, 2, 28],
  [4, 2, 29],
  [-4, 2, 29],
];
for (const [y, m, days] of MONTH_LENGTHS)
  test(`${y}-${m} has ${days} days`, () => assert.equal(daysInMonth(y, m), days));

test('daysInMonth answers as the Date it replaces, odd months and years too', () => {
  for (let y = -500; y <= 3000; y++)
    for (let m = -1; m <= 14; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate());
  for (const y of [1e6, 2000.5]) assert.equal(daysInMonth(y, 2), new Date(Date.UTC(y, 2, 0)).getUTCDate());
});

const WEEKS: Array<[string, string]> = [
  ['2017-06-04', '2017-W22'],
  ['2017-01-01', '2016-W52'],
  ['2020-12-31', '2020-W53'],
  ['2013-03-22', '2013-W12'],
];
for (const [day, week] of WEEKS)
  test(`ISO week of ${day} is ${week}`, () =>
    assert.equal(formatWeek(parseDay(day) ?? { y: 0, m: 1, d: 1 }), week));

test('weekday arithmetic around a Sunday', () => {
  assert.ok(DAY);
  assert.equal(weekday(DAY), 7);
  assert.equal(formatDay(resolveWeekday(DAY, 5, 'past')), '2017-06-02');
  assert.equal(formatDay(resolveWeekday(DAY, 5, 'future')), '2017-06-09');
  assert.equal(formatDay(resolveWeekday(DAY, 7, 'past')), '2017-06-04');
  assert.equal(formatDay(addDays(DAY, -35)), '2017-04-30');
  assert.deepEqual(resolveMonth(DAY, 9, 'past'), { y: 2016, m: 9 });
  assert.deepEqual(resolveMonth(DAY, 3, 'future'), { y: 2018, m: 3 });
});

const MONDAYS: Array<[number, number, string]> = [
  [2016, 38, '2016-09-19'],
  [2017, 1, '2017-01-02'],
  [2020, 53, '2020-12-28'],
  [2015, 1, '2014-12-29'],
];
for (const [year, week, monday] of MONDAYS)
  test(`the Monday of ${year}-W${week} is ${monday}`, () =>
    assert.equal(formatDay(isoWeekMonday(year, week)), monday));
