import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../types.js';
import type { ReadItem } from './read-item.js';
import { parseJsonlLine, readJsonl } from './read-jsonl.js';
import { splitLines } from './split-lines.js';

const input = { name: 'harbor', path: 'data/harbor.jsonl' };

test('a line → an article; other fields ignored', () => {
  const cases: Array<[object, Article]> = [
    [
      { id: 'h-1', date: '2021-03-05', text: 'Quill spoke.' },
      { id: 'h-1', date: '2021-03-05', text: 'Quill spoke.' },
    ],
    [
      {
        id: 'h-2',
        date: '2021-03-05T09:00:00+01:00',
        text: 'T',
        title: 'Bridge',
        url: 'https://harbor.example/b',
        source: 'Harbor Times',
        extra: [1],
      },
      {
        id: 'h-2',
        date: '2021-03-05',
        text: 'T',
        title: 'Bridge',
        url: 'https://harbor.example/b',
        source: 'Harbor Times',
        published: '2021-03-05T09:00:00+01:00',
      },
    ],
    [
      { id: 'h-3', date: null, text: 'T', outlet: 'Lindenport Ledger', title: null },
      { id: 'h-3', date: null, text: 'T', source: 'Lindenport Ledger' },
    ],
    [
      { id: 42, text: 'T' },
      { id: '42', date: null, text: 'T' },
    ],
    [
      { date: '', text: 'T' },
      { id: 'harbor:7', date: null, text: 'T' },
    ],
  ];
  for (const [row, expected] of cases) {
    const item = parseJsonlLine(JSON.stringify(row), 7, input);
    assert.ok(item && 'article' in item, JSON.stringify(row));
    assert.deepEqual(item.article, expected);
    assert.equal(item.where, 'data/harbor.jsonl:7');
  }
});

test('a bad line → an error naming file:line and what is wrong', () => {
  const cases: Array<[string, RegExp]> = [
    ['{"id": "x", "text": "T"', /^invalid JSON/],
    ['[1, 2]', /expected a JSON object/],
    ['"text"', /expected a JSON object/],
    ['{"id": "x"}', /^text: missing/],
    ['{"id": "x", "text": 5}', /^text: must be a string/],
    ['{"id": "x", "text": "  "}', /^text: empty/],
    ['{"id": "x", "text": "T", "date": "04/06/2017"}', /^date: '04\/06\/2017' is not/],
    ['{"id": "x", "text": "T", "date": 20170604}', /^date: /],
    ['{"id": "", "text": "T"}', /^id: must not be empty/],
  ];
  for (const [line, message] of cases) {
    const item = parseJsonlLine(line, 3, input);
    assert.ok(item && 'error' in item, line);
    assert.equal(item.error.where, 'data/harbor.jsonl:3');
    assert.match(item.error.message, message, line);
  }
});

test('blank lines are skipped silently', () => {
  assert.equal(parseJsonlLine('   ', 1, input), null);
});

test('a malformed line is reported with its number and the rest is read', async () => {
  const content = [
    '{"id": "a", "date": "2021-03-05", "text": "One."}',
    '{"id": "b", "date": "2021-03-05", "text": "Two.',
    '',
    '{"id": "c", "date": "2021-03-06", "text": "Three."}',
  ].join('\n');
  async function* source() {
    yield new TextEncoder().encode(content);
  }
  const items: ReadItem[] = [];
  for await (const item of readJsonl(splitLines(source()), input)) items.push(item);
  assert.deepEqual(
    items.map((i) => ('article' in i ? i.article.id : i.error.where)),
    ['a', 'data/harbor.jsonl:2', 'c'],
  );
});
