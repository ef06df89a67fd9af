import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractWithCompromise } from './compromise-extractor.js';

test('the compromise baseline finds direct and indirect reports with a say-verb', () => {
  const cases: Array<[string, Array<{ type: string; content: string }>]> = [
    [
      '"We will rebuild the pier," said Ada Quill.',
      [{ type: 'direct', content: 'We will rebuild the pier,' }],
    ],
    [
      'Analysts said rates would rise in the spring.',
      [{ type: 'indirect', content: 'rates would rise in the spring' }],
    ],
    ['The pier was rebuilt in the spring.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(
      extractWithCompromise(text).map((q) => ({ type: q.type, content: q.content })),
      expected,
    );
  }
});
