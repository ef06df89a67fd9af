import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
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
