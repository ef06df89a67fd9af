import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const kindsOf = (text: string, name: string) => {
  const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
  const ms = layer.mentions.filter((x) => x.text === name);
  return [ms.map((m) => m.kind).join(','), new Set(ms.map((m) => m.entity)).size];
};

// (each name is also written mid-sentence, so a sentence's first word is read as a name)
// [text, a one-word name, the kinds of its mentions, how many entities hold them]: a one-word name whose report
// goes on with "it"/"its" is a firm's (entities/coref/reports-as-it)
const CASES: [string, string, string, number][] = [
  [
    'Shares in Varkos fell. Varkos said it would appeal the ruling.',
    'Varkos',
    'organization,organization',
    1,
  ],
  [
    'Shares in Varkos fell. Varkos has said it intends to seek damages.',
    'Varkos',
    'organization,organization',
    1,
  ],
  ['Shares in Orvelle fell. Orvelle said its net profit rose.', 'Orvelle', 'organization,organization', 1],
  [
    'Varkos said it would appeal. A Varkos spokesman agreed. Varkos said its case was strong.',
    'Varkos',
    'organization,organization',
    1,
  ],
  // not: "he" after the name, or "it" the matter judged
  ['Vellin said he would appeal the ruling. "No," said Vellin.', 'Vellin', 'person,person', 1],
  ['Vellin said it was unfair. "No," said Vellin.', 'Vellin', 'person,person', 1],
  ['Vellin said it had been a hard year. "No," said Vellin.', 'Vellin', 'person,person', 1],
  ['Vellin said it will be a long fight. "No," said Vellin.', 'Vellin', 'person,person', 1],
];

describe('reports-as-it: a one-word name reporting as "it"', () => {
  for (const [text, name, kinds, n] of CASES)
    it(text, () => assert.deepEqual(kindsOf(text, name), [kinds, n]));
});

describe('reports-as-it: not a word opening a fuller name', () => {
  it('"Tarvel" after "Tarvel Marten" is left to the fuller name', () => {
    const text = 'Shares in Tarvel Marten rose. A Tarvel said it had signed a deal.';
    assert.ok(!kindsOf(text, 'Tarvel')[0]?.toString().includes('organization'));
  });
  it('the same text without the fuller name makes a firm', () => {
    const text = 'Shares in Harbury Mills rose. A Tarvel said it had signed a deal.';
    assert.deepEqual(kindsOf(text, 'Tarvel'), ['organization', 1]);
  });
});
