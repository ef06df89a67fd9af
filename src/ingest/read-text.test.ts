import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from './read-text.js';

test('plain text: whole file, no date, id from the file name', () => {
  const cases: Array<[string, string | null]> = [
    ['Ada Quill said the bridge would open.\n', 'Ada Quill said the bridge would open.'],
    ['\uFEFFFirst paragraph.\r\n\r\nSecond.', 'First paragraph.\r\n\r\nSecond.'],
    ['', null],
    [' \n\t\n', null],
  ];
  for (const [content, text] of cases) {
    const [item] = readText(content, { name: 'quill', path: 'news/quill.txt' });
    if (text === null) {
      assert.ok(item && 'error' in item, JSON.stringify(content));
      assert.deepEqual(item.error, { where: 'news/quill.txt', message: 'empty file: no article text' });
    } else {
      assert.ok(item && 'article' in item, JSON.stringify(content));
      assert.deepEqual(item.article, { id: 'quill', date: null, text });
    }
  }
});
