import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CountCache } from './count-cache.js';

test('CountCache: hits within the TTL, misses after it, after clear() and once evicted', () => {
  let now = 0;
  const cache = new CountCache(1000, 2, () => now);
  cache.set('a', 5);
  const steps: Array<[() => void, string, number | undefined]> = [
    [() => {}, 'a', 5],
    [() => (now = 1000), 'a', 5],
    [() => (now = 1001), 'a', undefined],
    [
      () => {
        cache.set('b', 1);
        cache.set('c', 2);
        cache.set('d', 3);
      },
      'b',
      undefined,
    ],
    [() => {}, 'd', 3],
    [() => cache.clear(), 'd', undefined],
  ];
  for (const [act, key, expected] of steps) {
    act();
    assert.equal(cache.get(key), expected, `${key} at ${now}`);
  }
});
