import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const kindOf = (text: string, name: string) =>
  findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS).mentions.find((m) =>
    m.text.endsWith(name),
  )?.kind;

// [text, the name, its kind]: a person's role before a first name outweighs the place word closing the run
// (entities/mentions/role-before-place-word)
const CASES: [string, string, string][] = [
  ['Spokesman Tom Lake said sales were weak.', 'Tom Lake', 'person'],
  ['"We will fight this," said Varkos spokesman Tom Lake.', 'Tom Lake', 'person'],
  ['Analyst Ann Brook expects a rebound.', 'Ann Brook', 'person'],
  // not: no role before the run, no first name opening it, or the place word opening it
  ['Boats sailed on Tarn Lake all summer.', 'Tarn Lake', 'place'],
  ['Spokesman Tarn Lake said sales were weak.', 'Tarn Lake', 'place'],
  ['Rangers closed Lake Tom to swimmers.', 'Lake Tom', 'place'],
];

describe('role-before-place-word: a role before a first name and a place word', () => {
  for (const [text, name, kind] of CASES) it(text, () => assert.equal(kindOf(text, name), kind));
});
