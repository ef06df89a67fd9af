import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideSomeRange, type Range, rangeIndexHolding } from './span-index.js';

const scan = (ranges: Range[], offset: number) => ranges.some((r) => offset >= r.start && offset < r.end);

// [case, ranges, offsets asked]
const CASES: [string, Range[], number[]][] = [
  ['no ranges', [], [0, 5]],
  ['one range: its start in, its end out', [{ start: 3, end: 7 }], [2, 3, 6, 7]],
  [
    'a long range holds offsets past shorter ones after it',
    [
      { start: 0, end: 100 },
      { start: 10, end: 12 },
      { start: 20, end: 22 },
      { start: 30, end: 32 },
      { start: 40, end: 42 },
      { start: 50, end: 52 },
      { start: 60, end: 62 },
      { start: 70, end: 72 },
    ],
    [0, 13, 55, 99, 100, 101],
  ],
  [
    'unsorted, overlapping and empty ranges, with gaps',
    [
      { start: 50, end: 60 },
      { start: 5, end: 5 },
      { start: 10, end: 20 },
      { start: 15, end: 25 },
      { start: 80, end: 81 },
      { start: 30, end: 31 },
      { start: 40, end: 45 },
      { start: 90, end: 95 },
      { start: 70, end: 72 },
    ],
    [-1, 4, 5, 6, 9, 10, 19, 20, 24, 25, 26, 30, 31, 44, 45, 59, 60, 80, 81, 94, 95, 200],
  ],
];

describe('insideSomeRange', () => {
  for (const [name, ranges, offsets] of CASES)
    it(name, () => {
      for (const at of offsets) assert.equal(insideSomeRange(ranges, at), scan(ranges, at), `offset ${at}`);
    });

  it('indexes a list again once it has grown', () => {
    const ranges: Range[] = Array.from({ length: 10 }, (_, i) => ({ start: i * 10, end: i * 10 + 2 }));
    assert.equal(insideSomeRange(ranges, 201), false);
    ranges.push({ start: 200, end: 205 });
    assert.equal(insideSomeRange(ranges, 201), true);
  });
});

// [case, ranges, offsets asked]
const HOLDING: [string, Range[], number[]][] = [
  [
    'few ranges',
    [
      { start: 2, end: 5 },
      { start: 5, end: 9 },
    ],
    [0, 2, 4, 5, 8, 9, 10],
  ],
  [
    'sentences in order, with gaps between them',
    Array.from({ length: 12 }, (_, i) => ({ start: i * 10, end: i * 10 + 7 })),
    [-1, 0, 6, 7, 9, 10, 57, 58, 110, 116, 117, 500],
  ],
  [
    'out of order: the first that holds it, as a scan finds',
    [
      { start: 50, end: 60 },
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
      { start: 30, end: 40 },
      { start: 40, end: 50 },
      { start: 60, end: 70 },
      { start: 70, end: 80 },
    ],
    [0, 15, 55, 99, 100],
  ],
];

describe('rangeIndexHolding', () => {
  for (const [name, ranges, offsets] of HOLDING)
    it(name, () => {
      for (const at of offsets)
        assert.equal(
          rangeIndexHolding(ranges, at),
          ranges.findIndex((r) => at >= r.start && at < r.end),
          `offset ${at}`,
        );
    });
});
