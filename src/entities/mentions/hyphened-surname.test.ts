import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, an entity name expected or null, a name no entity may have]: a surname opened by a lower-case particle
// and a hyphen ("al-Khatib") goes on the capitalised run before it (match-capitalized-names: HYPHENED_SURNAME)
const CASES: [string, string | null, string][] = [
  ['Oil minister Samir al-Khatib said output would rise.', 'Samir al-Khatib', 'Samir'],
  ['Ahmed Hadi el-Nour, the governor, said the port was open.', 'Ahmed Hadi el-Nour', 'Ahmed Hadi'],
  // not: an article before the particle's word ("The al-Nour daily")
  ['The al-Nour daily said the port was open.', null, 'The al-Nour'],
];

describe('hyphened surname: a particle and a hyphen open the surname', () => {
  for (const [text, name, not] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const names = layer.entities.map((e) => e.name);
      if (name) assert.ok(names.includes(name), `${name} in ${names.join(' | ')}`);
      assert.ok(!names.includes(not), `${not} not in ${names.join(' | ')}`);
    });
  }
});
