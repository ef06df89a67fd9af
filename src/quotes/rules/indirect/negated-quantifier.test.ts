import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// negated-quantifier: a reported clause whose subject opens with "not all", "not every", "not a" is a clause.
const CASES: [string, string, string[]][] = [
  [
    '"not all" after a cue',
    'Orr said not all boats would be allowed in.',
    ['not all boats would be allowed in'],
  ],
  [
    '"not all" after a noun of saying',
    "Orr reacted angrily to a radio host's suggestion that not all money raised would go to the pier.",
    ['not all money raised would go to the pier'],
  ],
  ['"not a" after a cue', 'Orr said not a penny had been spent.', ['not a penny had been spent']],
  [
    '"not every" after "that"',
    'Orr warned that not every family would get a grant.',
    ['not every family would get a grant'],
  ],
  // negatives: "not" opening no clause
  ['an order', 'Orr said not to worry.', []],
  ['a negated cue', 'The mayor did not say much about it.', []],
  ['"not" and an object', 'Orr denied not all of the charges.', []],
];

describe('negated-quantifier', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(indirectContents(text), expected));
  }
});
