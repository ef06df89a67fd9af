import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSearchTerms, toFts5Query, toWebSearchQuery } from './search-terms.js';

test('search terms never carry query operators through', () => {
  const cases: Array<[string, string[], string | null, string | null]> = [
    ['harbour', ['harbour'], '"harbour"', '"harbour"'],
    ['"empty train" rides', ['empty train', 'rides'], '"empty train" "rides"', '"empty train" "rides"'],
    ['fishermen OR (', ['fishermen', 'OR'], '"fishermen" "OR"', '"fishermen" "OR"'],
    [
      '-harbour NEAR(a b)',
      ['-harbour', 'NEAR', 'a', 'b'],
      '"-harbour" "NEAR" "a" "b"',
      '"-harbour" "NEAR" "a" "b"',
    ],
    ['   ', [], null, null],
    ['*** "" ()', [], null, null],
  ];
  for (const [q, terms, fts5, web] of cases) {
    assert.deepEqual(splitSearchTerms(q), terms, q);
    assert.equal(toFts5Query(q), fts5, q);
    assert.equal(toWebSearchQuery(q), web, q);
  }
});
