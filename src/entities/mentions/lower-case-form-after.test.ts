import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';
import { lowerCaseFormAfter } from './lower-case-form-after.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const kindOf = (text: string, name: string) =>
  findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS).mentions.find(
    (m) => m.text === name,
  )?.kind;

// [text, the name, its kind]: a legal form in small letters after a run makes it a firm's name
// (entities/mentions/lower-case-form-after)
const CASES: [string, string, string][] = [
  ['Tarnmiller Trucking inc said it has filed for an offering.', 'Tarnmiller Trucking', 'organization'],
  ['Shares of Vellan Foods corp, a grocer, rose.', 'Vellan Foods', 'organization'],
  ['Orvel Pipe ltd. said sales rose.', 'Orvel Pipe', 'organization'],
  // not: no form after the name, or a word that only opens like one
  ['Tom Reid said he would stay.', 'Tom Reid', 'person'],
  ['Tom Reid incurred heavy losses.', 'Tom Reid', 'person'],
  ['Ann Tull corporate lawyers met.', 'Ann Tull', 'person'],
];

describe('lower-case-form-after: a small-letter legal form after a name', () => {
  for (const [text, name, kind] of CASES) it(text, () => assert.equal(kindOf(text, name), kind));
  it('reads only a whole form word', () => {
    const text = 'Tom Reid inc. Tom Reid incurred';
    assert.deepEqual([lowerCaseFormAfter(text, 8), lowerCaseFormAfter(text, 22)], [true, false]);
  });
});
