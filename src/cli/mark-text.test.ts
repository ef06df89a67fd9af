import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mark } from './mark-text.js';
import { markText } from './mark-text.js';

const TEXT = '“We will not wait,” Quill said.';

test('plain markers, nested where spans nest', () => {
  const cases: Array<[Mark[], string]> = [
    [[], TEXT],
    [[{ start: 1, end: 17, kind: 'direct', label: '#1' }], '“[[We will not wait]]#1,” Quill said.'],
    [
      [
        { start: 0, end: 31, kind: 'indirect', label: '#2' },
        { start: 20, end: 25, kind: 'mention' },
        { start: 26, end: 30, kind: 'cue' },
      ],
      '[[“We will not wait,” {Quill} <said>.]]#2',
    ],
    [
      [
        { start: 20, end: 25, kind: 'mention' },
        { start: 20, end: 25, kind: 'spin' },
      ],
      '“We will not wait,” {~Quill~} said.',
    ],
    [[{ start: 5, end: 99, kind: 'cue' }], TEXT],
    [
      [
        { start: 20, end: 25, kind: 'mention' },
        { start: 20, end: 25, kind: 'mention' },
      ],
      '“We will not wait,” {Quill} said.',
    ],
  ];
  for (const [marks, expected] of cases)
    assert.equal(markText(TEXT, marks, false), expected, JSON.stringify(marks));
});

test('colour: ANSI codes around each marked stretch, the label dimmed', () => {
  const out = markText(TEXT, [{ start: 1, end: 17, kind: 'direct', label: '#1' }], true);
  assert.equal(out, '“\x1b[32mWe will not wait\x1b[0m\x1b[2m#1\x1b[0m,” Quill said.');
});
