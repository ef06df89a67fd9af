import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay } from './calendar.js';
import { easterSunday, MOVABLE_FEASTS, nthWeekdayOfMonth } from './movable-feasts.js';

// [year, Easter Sunday] — from published Easter tables
const EASTER: Array<[number, string]> = [
  [1987, '1987-04-19'],
  [1998, '1998-04-12'],
  [2000, '2000-04-23'],
  [2005, '2005-03-27'],
  [2008, '2008-03-23'],
  [2011, '2011-04-24'],
  [2016, '2016-03-27'],
  [2017, '2017-04-16'],
  [2019, '2019-04-21'],
  [2024, '2024-03-31'],
  [2038, '2038-04-25'],
];
for (const [y, day] of EASTER)
  test(`Easter ${y} is ${day}`, () => assert.equal(formatDay(easterSunday(y)), day));

// [feast, year, day]
const FEASTS: Array<[string, number, string]> = [
  ['good friday', 2017, '2017-04-14'],
  ['easter monday', 2017, '2017-04-17'],
  ['ash wednesday', 2017, '2017-03-01'],
  ['pentecost', 2017, '2017-06-04'],
  ['thanksgiving', 1998, '1998-11-26'],
  ['thanksgiving', 2016, '2016-11-24'],
  ['thanksgiving day', 2017, '2017-11-23'],
  ['black friday', 2015, '2015-11-27'],
  ['black friday', 2017, '2017-11-24'],
  ['cyber monday', 2016, '2016-11-28'],
  ['memorial day', 2016, '2016-05-30'],
  ['memorial day', 2017, '2017-05-29'],
  ['labor day', 2016, '2016-09-05'],
  ['labor day', 2018, '2018-09-03'],
  ['martin luther king day', 2017, '2017-01-16'],
  ["presidents' day", 2017, '2017-02-20'],
  ['columbus day', 2016, '2016-10-10'],
];
for (const [name, y, day] of FEASTS)
  test(`${name} ${y} is ${day}`, () => {
    const of = MOVABLE_FEASTS[name];
    assert.ok(of);
    assert.equal(formatDay(of(y)), day);
  });

test('the last Monday of a month that ends on a Monday is that day', () => {
  // May 2015 ends on Sunday the 31st; May 2021 on Monday the 31st
  assert.equal(formatDay(nthWeekdayOfMonth(2015, 5, 1, -1)), '2015-05-25');
  assert.equal(formatDay(nthWeekdayOfMonth(2021, 5, 1, -1)), '2021-05-31');
});
