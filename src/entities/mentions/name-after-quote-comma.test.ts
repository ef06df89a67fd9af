import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

const entityOf = (text: string, name: string) => {
  const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
  const m = layer.mentions.find((x) => x.text === name);
  return m ? layer.entities.find((e) => e.mentions.includes(m.id)) : undefined;
};

// [text, a one-word name the article writes only after a closing quote or opening a sentence, its entity's
// canonical key or undefined]: after '," ' a word with a report verb after it goes on the sentence
// (entities/mentions/name-after-quote-comma)
const CASES: [string, string, string | undefined][] = [
  [
    '"We want open markets," Ammerly said in a speech.\n\nAmmerly also said talks go on.',
    'Ammerly',
    'person:ammerly',
  ],
  ['Talks resumed.\n\n"Fine," Tarvel told reporters.', 'Tarvel', 'person:tarvel'],
  ['"It was close," Dunmore added.', 'Dunmore', 'person:dunmore'],
  // not: no report verb after the word, or a closing quote after a full stop
  ['"It was close," Meanwhile rivals gained.', 'Meanwhile', undefined],
  ['"It was close." Nobody said more.', 'Nobody', undefined],
];

describe('name-after-quote-comma: the word after a closing quote and a comma', () => {
  for (const [text, name, canonical] of CASES)
    it(text, () => assert.equal(entityOf(text, name)?.canonical ?? undefined, canonical));
});
