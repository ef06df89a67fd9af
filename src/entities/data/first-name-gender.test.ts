import assert from 'node:assert/strict';
import { test } from 'node:test';
import { genderOfFirstName } from './first-name-gender.js';

test('genderOfFirstName reads title-case first names only', () => {
  const cases: Array<[string, 'male' | 'female' | null]> = [
    // [first name, gender]
    ['Megyn', 'female'],
    ['Vladimir', 'male'],
    ['megyn', null],
    ['MEGYN', null],
    ['MeGyn', null],
    ['Megyn2', null],
    ['M', null],
    ['', null],
    ['Zzqxv', null],
  ];
  for (const [first, gender] of cases) assert.equal(genderOfFirstName(first), gender, first);
});
