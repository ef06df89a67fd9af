import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { findEntities } from './find-entities.js';

// The names stage reads the text itself; it needs no segmentation.
const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the capitalised mentions found, in text order]: a month word opening a name is its first word
// (segment/month-first-name); one that is a time is none
const CASES: [string, string[]][] = [
  ['May Quill said the plan would fail.', ['May Quill']],
  ['The vote is near, said April Sorell.', ['April Sorell']],
  ['Councillor June Ferrin said the vote was near.', ['Councillor June Ferrin']],
  ['March of Pennies said the clinics would open.', ['March of Pennies']],
  // a time: the run holding the month gives no mention (as before: the quote's own mention reads the surname)
  ['In May Quill said the plan would fail.', []],
  ['Officials said in June Ferrin would lead.', []],
  ['Last June Ferrin said the vote was near.', []],
  ['The firm earned more in the year ended November Four.', []],
];

describe('month-first-name: mentions of names opening with a month word', () => {
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
