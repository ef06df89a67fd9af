import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLookup } from './build-lookup.js';

const TABLE: Record<string, string | null> = { the: 'det', official: 'person', dr: null };

test('buildLookup answers from the table’s own entries only', () => {
  const lookup = buildLookup(TABLE);
  const cases: Array<[string, string | null | undefined, boolean]> = [
    // [key, get, has]
    ['the', 'det', true],
    ['official', 'person', true],
    ['dr', null, true],
    ['said', undefined, false],
    ['', undefined, false],
    ['The', undefined, false],
    ['constructor', undefined, false],
    ['toString', undefined, false],
    ['__proto__', undefined, false],
  ];
  for (const [key, value, has] of cases) {
    assert.equal(lookup.get(key), value, `get ${key}`);
    assert.equal(lookup.has(key), has, `has ${key}`);
  }
});
