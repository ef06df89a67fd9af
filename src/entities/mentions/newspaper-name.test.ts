import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const kindOf = (text: string, name: string) =>
  findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS).mentions.find(
    (m) => m.text === name,
  )?.kind;

// [text, the name, its kind]: a run closing with a newspaper's word names the paper, a known place opening it
// included (entities/mentions/newspaper-name)
const CASES: [string, string, string | undefined][] = [
  ['The plant will open in May, the Tarn Herald said.', 'Tarn Herald', 'organization'],
  ['The plant will open in May, the China Daily said.', 'China Daily', 'organization'],
  ['Readers of the Keelby Evening Chronicle wrote in.', 'Keelby Evening Chronicle', 'organization'],
  // not: a known first name opening the run keeps a person's surname; a newspaper's word alone is no paper
  ['"Fine," said Ann Herald.', 'Ann Herald', 'person'],
  ['Tom Daily said he would stay.', 'Tom Daily', 'person'],
  ['The plant will open daily, Tarn said.', 'daily', undefined],
];

describe('newspaper-name: a run closing with a newspaper word', () => {
  for (const [text, name, kind] of CASES) it(text, () => assert.equal(kindOf(text, name), kind));
});
