import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeSeed, readSeed } from './read-seed.js';

const input = { name: '001_lindenport', path: 'in/001_lindenport.txt' };

test('one record: id from the file name, text after the header, offsets into it', () => {
  const content = '  date 2021-03-05 Mayor Ada Quill said the bridge would open.\n\n“Soon,” she said.';
  const [item] = readSeed(content, input);
  assert.ok(item && 'article' in item);
  assert.deepEqual(item.article, {
    id: '001_lindenport',
    date: '2021-03-05',
    text: 'Mayor Ada Quill said the bridge would open.\n\n“Soon,” she said.',
  });
  assert.equal(item.article.text.indexOf('Soon'), content.indexOf('Soon') - '  date 2021-03-05 '.length);
  assert.equal(item.where, 'in/001_lindenport.txt');
});

test('several records: each header after a blank line opens one', () => {
  const content = [
    'date 2021-03-05 First story text.',
    '',
    'It goes on.',
    '',
    'date 2021-03-06 Second story text.',
    'date 2021-03-07 stays inside the second story (no blank line before it).',
    '',
    '',
    'date 2021-03-08 Third.',
  ].join('\n');
  const items = readSeed(content, input);
  const cases: Array<[string, string, string]> = [
    ['001_lindenport:1', '2021-03-05', 'First story text.\n\nIt goes on.'],
    [
      '001_lindenport:2',
      '2021-03-06',
      'Second story text.\ndate 2021-03-07 stays inside the second story (no blank line before it).',
    ],
    ['001_lindenport:3', '2021-03-08', 'Third.'],
  ];
  assert.equal(items.length, cases.length);
  cases.forEach(([id, date, text], i) => {
    const item = items[i];
    assert.ok(item && 'article' in item, id);
    assert.deepEqual(item.article, { id, date, text });
    assert.equal(item.where, `in/001_lindenport.txt#${i + 1}`);
  });
});

test('bad records are errors naming the file', () => {
  const cases: Array<[string, RegExp]> = [
    ['date 2021-02-30 Impossible day.', /invalid date '2021-02-30'/],
    ['date 2021-03-05 ', /no text/],
    ['no header at all', /not a seed record/],
  ];
  for (const [content, message] of cases) {
    const [item] = readSeed(content, input);
    assert.ok(item && 'error' in item, content);
    assert.equal(item.error.where, 'in/001_lindenport.txt');
    assert.match(item.error.message, message);
  }
});

test('recognises the seed form', () => {
  const cases: Array<[string, boolean]> = [
    ['date 2021-03-05 Text', true],
    ['\n  date 2021-03-05 Text', true],
    ['\uFEFFdate 2021-03-05 Text', true],
    ['date 2021-3-5 Text', false],
    ['date: 2021-03-05 Text', false],
    ['The date 2021-03-05 was set.', false],
  ];
  for (const [content, expected] of cases) assert.equal(looksLikeSeed(content), expected, content);
});
