import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLookup } from './build-lookup.js';

const TABLE: Record<string, string> = { the: 'det', official: 'person', analysts: 'group' };

test('buildLookup answers as the object it is built from', () => {
  const lookup = buildLookup(TABLE);
  const cases: string[] = ['the', 'official', 'analysts', 'said', '', 'The', 'constructor', 'tostring', 'toString', '__proto__'];
  for (const key of cases) {
    assert.equal(lookup.get(key), TABLE[key], `get ${key}`);
    assert.equal(lookup.has(key), key in TABLE, `has ${key}`);
  }
});
