import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

/** The name of the entity the last mention written so belongs to, and its kind. */
function entityOfLast(text: string, mention: string): string {
  const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
  const m = layer.mentions.filter((x) => x.text === mention).at(-1);
  const e = m ? layer.entities.find((x) => x.id === m.entity) : undefined;
  return e ? `${e.name} (${e.kind})` : 'none';
}

describe('joinOrganizationCoreWord: the word before a firm name legal form, used alone', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Westmoor Tarlow Co said it bought a stake in Brindle Inc. Tarlow said the deal closes in May.',
      'Tarlow',
      'Westmoor Tarlow Co (organization)',
    ],
    [
      'North Ridge Vellan Corp said output rose. Vellan said prices would hold.',
      'Vellan',
      'North Ridge Vellan Corp (organization)',
    ],
    // negatives: a person the text names with that surname keeps it; the opening word is another rule's
    [
      'Ann Tarlow joined Westmoor Tarlow Co in May. Tarlow said the deal was good.',
      'Tarlow',
      'Ann Tarlow (person)',
    ],
  ];
  for (const [text, mention, expected] of cases)
    it(`${mention} in "${text}"`, () => assert.equal(entityOfLast(text, mention), expected));
});

describe('joinOrganizationCoreWord: not a word inside the name', () => {
  it('"Mining" of "Great Vellan Mining Corp" is no core word; "Vellan" stays apart', () =>
    assert.equal(
      entityOfLast('Great Vellan Mining Corp said output rose. Vellan said prices would hold.', 'Vellan'),
      'Vellan (person)',
    ));
});
