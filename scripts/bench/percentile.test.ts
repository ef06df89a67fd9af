import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile, ratio } from './percentile.js';

test('percentile is nearest-rank', () => {
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  const cases: Array<[number[], number, number | null]> = [
    [[], 50, null],
    [[4], 95, 4],
    [ten, 50, 5],
    [ten, 95, 10],
    [ten, 90, 9],
    [ten, 0, 1],
  ];
  for (const [values, p, expected] of cases) assert.equal(percentile(values, p), expected);
});

test('ratio is null when a side is missing or zero', () => {
  const cases: Array<[number | null, number | null, number | null]> = [
    [10, 5, 2],
    [null, 5, null],
    [10, 0, null],
  ];
  for (const [a, b, expected] of cases) assert.equal(ratio(a, b), expected);
});
