import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundDate, quoteDateBounds } from './date-bounds.js';

test('boundDate: the days a date value covers', () => {
  const cases: Array<[string | null, { first: string; last: string } | null]> = [
    ['2017-06-02', { first: '2017-06-02', last: '2017-06-02' }],
    ['2017-06', { first: '2017-06-01', last: '2017-06-30' }],
    ['2016-02', { first: '2016-02-01', last: '2016-02-29' }],
    ['2017', { first: '2017-01-01', last: '2017-12-31' }],
    ['2017-06-04T09:30:00Z', { first: '2017-06-04', last: '2017-06-04' }],
    ['2017-13', null],
    ['2017-02-30', null],
    ['2017-W22', null],
    ['PRESENT_REF', null],
    ['', null],
    [null, null],
  ];
  for (const [value, expected] of cases) assert.deepEqual(boundDate(value), expected, String(value));
});

test('quoteDateBounds: when first, publication date otherwise', () => {
  const cases: Array<[string | null, string | null, string | null]> = [
    ['2017-06', '2017-06-04', '2017-06-01'],
    [null, '2017-06-04', '2017-06-04'],
    ['P1M', '2017-06-04', '2017-06-04'],
    [null, null, null],
  ];
  for (const [when, published, first] of cases) {
    assert.equal(quoteDateBounds(when, published)?.first ?? null, first, `${when} ${published}`);
  }
});

test('earliestStart: a year-long value ending on `from` starts no earlier', async () => {
  const { earliestStart } = await import('./query-limits.js');
  const cases: Array<[string, string]> = [
    ['2017-12-31', '2016-12-30'],
    ['2016-03-01', '2015-03-01'],
  ];
  for (const [from, floor] of cases) {
    assert.equal(earliestStart(from), floor, from);
    assert.ok(
      (boundDate(from.slice(0, 4))?.first ?? '') >= floor,
      'the year containing `from` starts after the floor',
    );
  }
});
