import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpinSubstitution } from '../../types.js';
import { judgeSpin } from './judge-spin.js';

const sub = (weight?: number): SpinSubstitution => ({
  start: 0,
  end: 18,
  text: 'Russian Federation',
  usual: 'Russia',
  canonical: 'country:RU',
  ...(weight === undefined ? {} : { weight }),
});

describe('judgeSpin', () => {
  const cases: Array<[SpinSubstitution[], number, boolean]> = [
    [[], 0, false],
    [[sub(1)], 1, false],
    [[sub(1), sub(1)], 2, true],
    [[sub(0.25), sub(0.25), sub(0.25)], 0.75, false],
    [[sub(), sub(0.5), sub(0.5)], 2, true],
  ];
  for (const [spin, score, spun] of cases) {
    it(`${spin.length} substitutions → ${score}`, () =>
      assert.deepEqual(judgeSpin(spin), { spinScore: score, spun }));
  }
});
