import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the organisation's mention, or null when no organisation's mention holds the possessive]
const CASES: [string, string | null][] = [
  ["Tarn's Bay Co. reported a loss on Monday.", "Tarn's Bay Co"],
  ['McAllen’s Foods Ltd cut prices.', 'McAllen’s Foods Ltd'],
  ["Shares of Dunn's Corp fell.", "Dunn's Corp"],
  ["Ann's Bay Co. boss Tom Reid spoke.", "Ann's Bay Co"],
  // not: no company suffix ends the run, a place's or the article's person's possessive
  ["Reid's firm, Tarn Co, said it would sell.", null],
  ["Tarn's Bay Road was shut.", null],
  ["Britain's Tarn Bank cut rates.", null],
  ["Europe's Central Bank cut rates.", null],
  ["Rupert Fenby's Tarn Corp cut rates.", null],
  ["Rupert Fenby spoke. Fenby's Tarn Corp cut rates.", null],
  ["President Tull's Tarn Group lost.", null],
];

describe('possessive-in-firm-name: a one-word possessive opening a firm’s name', () => {
  for (const [text, name] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const m = layer.mentions.find((x) => /['’]s /.test(x.text) && x.kind === 'organization');
      assert.equal(m?.text ?? null, name);
    });
  }
});
