import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { countLearnedWords, MAX_LEARNED_WORDS, tagTokens } from './tag-tokens.js';

// Invented paragraphs: several sentences, quotes, abbreviations, a line break.
const PARAGRAPHS = [
  '“We won. It was a hard game,” said Ola Berg. She smiled.',
  'Mr. Smith met J. R. Hill in the U.S. capital on Friday. They talked until 5 p.m.',
  'The harbour reopened on Monday after a week in which\nthe storm kept every boat in port. "Never again!" he shouted.',
  'Ève Noël said “yes” 😀. Then she left; nobody followed her.',
];

describe('tagTokens', () => {
  it('gives offsets into the string, shifted by the base', () => {
    for (const text of PARAGRAPHS) {
      const at0 = tagTokens(text);
      for (const t of at0) assert.equal(text.slice(t.start, t.end), t.value);
      assert.deepEqual(
        tagTokens(text, 100),
        at0.map((t) => ({ ...t, start: t.start + 100, end: t.end + 100 })),
      );
    }
  });

  // tagTokens leaves wink's sentence boundaries out; wink tags the whole string either way
  it('tags as wink does with its sentence boundaries on', () => {
    const nlp = winkNLP(model, ['sbd', 'pos']);
    for (const text of PARAGRAPHS) {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(nlp.its.value) as string[];
      const tags = doc.tokens().out(nlp.its.pos) as string[];
      const withSbd = values.map((v, i) => [v, tags[i]]).filter(([v]) => v?.trim());
      assert.deepEqual(
        tagTokens(text).map((t) => [t.value, t.pos]),
        withSbd,
      );
    }
  });

  // a word wink has not seen before is learned; what was read earlier must not change how a later text splits
  it('tokenizes a text the same whatever was read before it', () => {
    const cases: [string, string][] = [
      ["The plan is Quellbrook's, he said.", "Voters heard Quellbrook's false claims."],
      ['Zarvendi-Ostrom signed it. Zarvendi-Ostrom’s aides left.', "Zarvendi-Ostrom's staff stayed."],
      ['She met Vantrelli, then Vantrelli’s lawyer.', 'Vantrelli’s case was heard on Monday.'],
    ];
    for (const [earlier, later] of cases) {
      const fresh = winkNLP(model, ['pos']).readDoc(later).tokens();
      const expected = (fresh.out(winkNLP(model).its.value) as string[]).filter((v) => v.trim());
      tagTokens(earlier);
      assert.deepEqual(
        tagTokens(later).map((t) => t.value),
        expected,
        later,
      );
    }
  });

  // a stream of unseen words (names, codes) must not grow the lexicon without end
  it('replaces a tagger that has learned too many words, and tokenizes the same after', () => {
    const later = "Voters heard Quellbrook's false claims.";
    const before = tagTokens(later);
    let word = 0;
    while (countLearnedWords() < MAX_LEARNED_WORDS) {
      const words = Array.from({ length: 200 }, () => `Vorr${(word++).toString(36)}x`);
      tagTokens(`${words.join(' ')}.`);
    }
    tagTokens('Vorrend.');
    assert.ok(countLearnedWords() < MAX_LEARNED_WORDS / 10);
    assert.deepEqual(tagTokens(later), before);
  });
});
