import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the mention holding " of ", or null when no mention holds it]
const CASES: [string, string | null][] = [
  ['Harbury Motor Sales of Norland Inc said sales rose.', 'Harbury Motor Sales of Norland Inc'],
  ['Shares of Keel Foods of Dover Ltd fell.', 'Keel Foods of Dover Ltd'],
  ['Tarn Bank of New Dover Corp cut rates.', 'Tarn Bank of New Dover Corp'],
  ['Kelso, Nor.-based First of Norland said profits rose.', 'First of Norland'],
  // not: a person before "of", a firm's word with no legal form after, a surname that is a firm's word
  ['Tom Vell of Harbury Motors Inc said sales rose.', null],
  ['Harbury Motor Sales of Norland said sales rose.', null],
  ['Ann Mills of Keel Brothers Inc said sales rose.', null],
  ['The First of Norland said profits rose.', null],
];

describe('of-in-firm-name: "of" inside a firm’s name', () => {
  for (const [text, name] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const m = layer.mentions.find((x) => / of /.test(x.text));
      assert.equal(m?.text ?? null, name);
    });
  }
});

// [text, the person's name the entity layer reads after an office "of" its field]
const OFFICE_CASES: [string, string][] = [
  [
    'Talks opened. Norlandic Army Chief of Staff Hector Ruiz Vessin said the troops would stay.',
    'Hector Ruiz Vessin',
  ],
  ['Talks opened. The Minister of State for Commerce Tavi Ranok Vessin spoke.', 'Tavi Ranok Vessin'],
  ['Talks opened. Prime Minister of Peru Arun Dev Vessin spoke.', 'Arun Dev Vessin'],
  // as before: a two-word name after the field
  ['Talks opened. Secretary of State Ann Vessin spoke.', 'Ann Vessin'],
];

describe('office fields: an office "of" its field is no part of the name after it', () => {
  for (const [text, name] of OFFICE_CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      assert.ok(
        layer.entities.some((e) => e.kind === 'person' && e.name === name),
        layer.entities.map((e) => `${e.kind}:${e.name}`).join(', '),
      );
    });
  }
});
