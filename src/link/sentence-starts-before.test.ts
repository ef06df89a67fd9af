import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceStartsBefore } from './when-rule.js';

// The pattern scanned from `anchor - reach` on every call before the ends were read once per text.
function scanned(text: string, anchor: number, reach: number): number[] {
  const from = Math.max(0, anchor - reach);
  const starts: number[] = from === 0 ? [0] : [];
  const ends = /[.!?]["'\u201D\u2019]?\s+(?=["\u201C]?\p{Lu})|\n+/gu;
  ends.lastIndex = from;
  for (let m = ends.exec(text); m && m.index < anchor; m = ends.exec(text))
    starts.push(m.index + m[0].length);
  return starts.reverse();
}

const TEXTS = [
  'Ann Roe spoke. "We will go," she said.\n\nThe vote is on Friday. Omar Hale agreed!',
  // a match running over the start of the reach: `.\n\n\nThe` read from its second line break
  'The council met.\n\n\nLee said no. \u201CNever\u201D, he added.\n \nIt ended.',
  '.\n\n\n\nX. Y!  Z?\n\nW',
  'no capital after the stop. then lower case\nonly a line break',
];

test('sentenceStartsBefore gives what a scan from the reach gives, at every anchor and reach', () => {
  for (const text of TEXTS)
    for (let anchor = 0; anchor <= text.length + 1; anchor++)
      for (let reach = 0; reach <= text.length + 1; reach++)
        assert.deepEqual(
          sentenceStartsBefore(text, anchor, reach),
          scanned(text, anchor, reach),
          `${anchor} ${reach}`,
        );
});

test('sentenceStartsBefore: nearest sentence first', () => {
  const cases: Array<[string, number, number, number[]]> = [
    ['Ann spoke. Lee agreed. Then it ended.', 30, 100, [23, 11, 0]],
    ['Ann spoke. Lee agreed. Then it ended.', 30, 10, [23]],
    ['one line\ntwo lines', 12, 100, [9, 0]],
    ['lower. case', 10, 100, [0]],
  ];
  for (const [text, anchor, reach, expected] of cases)
    assert.deepEqual(sentenceStartsBefore(text, anchor, reach), expected);
});
