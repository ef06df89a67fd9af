import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitsRoleGender } from './role-gender.js';

// [role word, candidate name, fits]
const CASES: [string, string, boolean][] = [
  ['father', 'Peter Berg', true],
  ['father', 'Anna Berg', false],
  ['mother', 'Anna Berg', true],
  ['spokeswoman', 'Peter Berg', false],
  ['father', 'Zorvek Tull', true],
  ['judge', 'Anna Berg', true],
];

describe('fitsRoleGender', () => {
  for (const [role, name, fits] of CASES)
    it(`${role} / ${name}`, () => assert.equal(fitsRoleGender(role, name), fits));
});
