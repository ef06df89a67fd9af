import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEntities } from '../entities/find-entities.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { quoteWith } from '../quotes/quote-with.js';
import { segmentText } from '../segment/segment-text.js';
import { speakerFromPronoun } from './speaker-from-pronoun.js';
import { buildNameIndex } from './speaker-names.js';
import { speakersOfText } from './speakers-of-text.js';

// '"…," Halim said. He also said …': a "he" opening the sentence after a quote whose own mention is a surname goes on
// from the speaker that quote resolved to, not from the fullest name the surname alone would give (invented text).
// [construction, text, the speaker the first quote resolved to, the speaker of the second]
const CASES: [string, string, string, string][] = [
  [
    'the surname resolved to a king, another person of that surname named in full',
    'Norland\'s Karl Halim said his troops would stay. "It is our only outlet to the sea," Halim said. He also said of trade with Norland: "There are no shipments at the moment."',
    'King Halim',
    'King Halim',
  ],
  [
    'the surname resolved to the one person of that name',
    'Norland\'s Karl Halim said his troops would stay. "It is our only outlet to the sea," Halim said. He also said of trade with Ostrava: "There are no shipments at the moment."',
    'Karl Halim',
    'Karl Halim',
  ],
];

describe('pronoun after a quote whose mention is a surname', () => {
  for (const [name, text, first, want] of CASES) {
    it(name, () => {
      const doc = normalizeArticle({ id: 'test', date: null, text });
      const seg = segmentText(doc);
      const entities = findEntities(doc, seg);
      const quotes = speakersOfText(text);
      const q1 = quotes.at(-2);
      const q2 = quotes.at(-1);
      assert.ok(q1 && q2);
      const previous = [...quotes.slice(0, -2), quoteWith(q1, { speaker: first })];
      const choice = speakerFromPronoun({
        quote: quoteWith(q2, { speaker: null }),
        text: doc.text,
        seg,
        names: buildNameIndex(
          doc.text,
          quotes.filter((q) => q.type === 'direct'),
        ),
        previous,
        all: quotes,
        entities,
      });
      assert.equal(choice?.speaker, want);
    });
  }
});
