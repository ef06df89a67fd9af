import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArticle } from '../../normalize/normalize-article.js';
import { findEntities } from '../find-entities.js';

const NO_SEGMENTS = { paragraphs: [], sentences: [], tokens: [] };

// [text, the mention holding " and ", or null when no mention holds it]
const CASES: [string, string | null][] = [
  ["Tarley and Dunn's Corp said credit quality rose.", "Tarley and Dunn's Corp"],
  ['Pell and Gray Co said sales rose.', 'Pell and Gray Co'],
  ['Shares of Vane and Co Inc fell.', 'Vane and Co Inc'],
  ['Yesterday the Pell and Gray Co said sales rose.', 'Pell and Gray Co'],
  ['Keller and Keller said profits fell.', 'Keller and Keller'],
  // "and Co" closes a firm's name however many words stand before it
  ['Shares of Tarrow Finch and Co Inc rose.', 'Tarrow Finch and Co Inc'],
  ['Tarrow Finch Pell and Co said sales rose.', 'Tarrow Finch Pell and Co'],
  ['Analysts at Tarrow Finch and Company said sales rose.', 'Tarrow Finch and Company'],
  // not: a legal form closing the name before "and", people, no legal form after, a name written twice in a list
  ['Tarn Inc and Vell Corp said they agreed.', null],
  ['Tom Vell and Ann Reid said they agreed.', null],
  ['Tom Vell and Narra Capital Inc said they agreed.', null],
  ['Lorne and Tarn Motors Inc said they agreed.', null],
  ['France and Vell Corp signed the deal.', null],
  ['Pell and Gray said sales rose.', null],
  ['Keller and Keller Reid said profits fell.', null],
  ['Tarn Vell Inc and Co said they agreed.', null],
  ['Tom Vell and Co Reid said they agreed.', null],
  ['France and Co Inc signed the deal.', null],
];

describe('and-in-firm-name: "and" inside a firm’s name', () => {
  for (const [text, name] of CASES) {
    it(text, () => {
      const layer = findEntities(normalizeArticle({ id: 't', date: '2020-01-01', text }), NO_SEGMENTS);
      const m = layer.mentions.find((x) => / and /.test(x.text));
      assert.equal(m?.text ?? null, name);
    });
  }
});
