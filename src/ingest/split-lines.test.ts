import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from './split-lines.js';

async function lines(chunks: string[] | Uint8Array[], maxLength?: number) {
  async function* source() {
    for (const c of chunks) yield typeof c === 'string' ? new TextEncoder().encode(c) : c;
  }
  const out: Array<[number, string | null]> = [];
  for await (const line of splitLines(source(), maxLength)) out.push([line.number, line.text]);
  return out;
}

test('splits on newlines across chunk boundaries', async () => {
  const cases: Array<[string[], Array<[number, string | null]>]> = [
    [
      ['a\nb\n'],
      [
        [1, 'a'],
        [2, 'b'],
      ],
    ],
    [
      ['a\nb'],
      [
        [1, 'a'],
        [2, 'b'],
      ],
    ],
    [
      ['al', 'pha\nbe', 'ta\n'],
      [
        [1, 'alpha'],
        [2, 'beta'],
      ],
    ],
    [
      ['a\r\n\r\nb\r\n'],
      [
        [1, 'a'],
        [2, ''],
        [3, 'b'],
      ],
    ],
    [['\n'], [[1, '']]],
    [[], []],
  ];
  for (const [chunks, expected] of cases)
    assert.deepEqual(await lines(chunks), expected, JSON.stringify(chunks));
});

test('a UTF-8 character cut between chunks decodes whole', async () => {
  const bytes = new TextEncoder().encode('“Soon,” said Quill\n');
  assert.deepEqual(await lines([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]), [
    [1, '“Soon,” said Quill'],
  ]);
});

test('a line over the cap is null and the next line is read', async () => {
  assert.deepEqual(await lines(['short\n', 'x'.repeat(10), 'y'.repeat(10), '\nok\n'], 15), [
    [1, 'short'],
    [2, null],
    [3, 'ok'],
  ]);
});
