import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateField, toIsoDate } from './parse-date-field.js';

test('reads the date as written, keeping full timestamps', () => {
  const cases: Array<[string, ReturnType<typeof parseDateField>]> = [
    ['2017-06-04', { date: '2017-06-04' }],
    [' 2017-06-04 ', { date: '2017-06-04' }],
    ['2017-06-04T23:30:00-05:00', { date: '2017-06-04', published: '2017-06-04T23:30:00-05:00' }],
    ['2017-06-04T01:00:00Z', { date: '2017-06-04', published: '2017-06-04T01:00:00Z' }],
    ['2017-06-04 10:15:00', { date: '2017-06-04', published: '2017-06-04 10:15:00' }],
    ['2017-06-04T10:15:00.123+0300', { date: '2017-06-04', published: '2017-06-04T10:15:00.123+0300' }],
    ['Sun, 04 Jun 2017 23:10:00 -0500', { date: '2017-06-04', published: '2017-06-05T04:10:00.000Z' }],
    ['4 June 2017', { date: '2017-06-04' }],
    ['June 4, 2017', { date: '2017-06-04' }],
    ['Sept. 30, 2019', { date: '2019-09-30' }],
    ['2017-02-30', null],
    ['2017-13-01', null],
    ['04/06/2017', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseDateField(input), expected, input);
});

test('only real calendar dates', () => {
  const cases: Array<[[number, number, number], string | null]> = [
    [[2016, 2, 29], '2016-02-29'],
    [[2017, 2, 29], null],
    [[2017, 4, 31], null],
    [[2017, 0, 1], null],
    [[999, 1, 1], null],
  ];
  for (const [[y, m, d], expected] of cases) assert.equal(toIsoDate(y, m, d), expected, `${y}-${m}-${d}`);
});
