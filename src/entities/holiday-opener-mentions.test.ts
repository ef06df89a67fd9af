import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findEntities } from './find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the capitalised mentions found, in text order]: a holiday after a time word opening a capitalised run is
// a date, no part of the name after it (dates/rules/is-holiday-in-name); one inside a name stays
const CASES: [string, string[]][] = [
  ['On Christmas Eve Ann Tull said the ward was full.', ['Ann Tull']],
  ["On New Year's Eve Ann Tull said the ward was full.", ['Ann Tull']],
  ['Since Boxing Day Ann Tull has said the ward was full.', ['Ann Tull']],
  ['Shops shut on Christmas Day, Ann Tull said.', ['Ann Tull']],
  ['The Christmas Day Trust said the ward was full.', ['Christmas Day Trust']],
  ['Staff on Christmas Island said the ward was full.', ['Christmas Island']],
];

describe('holiday openers: a holiday opening a run of names is no part of them', () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const names = layer.mentions.filter((m) => m.kind !== 'descriptor' && m.kind !== 'group');
      assert.deepEqual(
        names.map((m) => m.text),
        expected,
      );
    });
  }
});
