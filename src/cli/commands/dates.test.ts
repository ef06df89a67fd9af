import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDates } from './dates.js';

const CASES: Array<[string, string | null, Array<Record<string, unknown>>]> = [
  [
    'Zarnian radio was told on Friday that talks ended in 2000.',
    '2017-06-04',
    [
      { article: 'a1', start: 26, end: 32, text: 'Friday', type: 'DATE', value: '2017-06-02' },
      { article: 'a1', start: 53, end: 57, text: '2000', type: 'DATE', value: '2000' },
    ],
  ],
  ['No dates here, only 3-1 and 1/2.', '2017-06-04', []],
  [
    'They met on Friday.',
    null,
    [{ article: 'a1', start: 12, end: 18, text: 'Friday', type: 'DATE', value: 'XXXX-WXX-5' }],
  ],
];

for (const [text, date, want] of CASES) {
  test(`onrecord dates prints one record a line for "${text}"`, () => {
    const out = formatDates({ id: 'a1', date, text });
    const lines = out.split('\n').filter(Boolean);
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      want,
    );
  });
}
