import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// "<office> of <place> <first name> <surname>": the place is no part of the person's name.
// [text, the person's mention]
const CASES: [string, string][] = [
  ['Governor of Kelso Tom Vell said the state would appeal.', 'Tom Vell'],
  ['Mayor of Tarnby Ann Roe said the city would appeal.', 'Ann Roe'],
  ['Prime Minister of Kelso Tom Vell said talks would resume.', 'Tom Vell'],
  // must not change: an office's own field, a name of one word, no office before "of"
  ['Secretary of State Tom Vell said talks would resume.', 'Secretary of State Tom Vell'],
  ['Minister of Foreign Affairs Ann Roe said talks would resume.', 'Minister of Foreign Affairs Ann Roe'],
  ['Governor of Kelso said the state would appeal.', 'Kelso'],
];

describe('past-office-place: the place an office is of, before a name', () => {
  for (const [text, want] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      assert.equal(layer.mentions[0]?.text, want);
    });
  }
});

// "<office> of the <body> of <place> <first name> <surname>": the place the body is of is no part of the name.
// [text, the person's mention]
const AT_BODY: [string, string][] = [
  ['Governor of the Bank of Kelso Tom Vell said rates would stay unchanged.', 'Tom Vell'],
  ['Chairman of the Council of Tarnland Ann Roe said the vote would be held.', 'Ann Roe'],
  // must not change: no name after the place, no office before the body
  ['Governor of the Bank of Kelso said rates would stay unchanged.', ''],
  ['Shares of the Bank of Kelso Tom Vell bought rose.', 'Kelso Tom Vell'],
];

describe('past-office-place: the place a body an office is at is of, before a name', () => {
  for (const [text, want] of AT_BODY) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const person = layer.mentions.find((m) => /Vell|Roe/.test(m.text));
      assert.equal(person?.text ?? '', want);
    });
  }
});
