import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// reported-concession: after a reported clause, ", although/though" with a modal of reported speech goes on with
// the report; other concessions are the writer's and stay out.
const CASES: [string, string, string[]][] = [
  [
    'a pronoun and "would"',
    'His aide said it was highly unlikely he would give the party more money, although he would remain a member.',
    ['it was highly unlikely he would give the party more money, although he would remain a member'],
  ],
  [
    'a noun phrase and "could"',
    'Kray said the talks went well, although the union could still strike.',
    ['the talks went well, although the union could still strike'],
  ],
  [
    'a name and "might"',
    'The minister said the road would open in May, though Kelby Council might object.',
    ['the road would open in May, though Kelby Council might object'],
  ],
  // negatives: the writer's concessions stay out
  [
    'a later finding',
    'Orr said the pier was safe, although it was later found to be rotten.',
    ['the pier was safe'],
  ],
  [
    'others suspecting in the present',
    'The firm said sales would rise, though some analysts suspect they will fall.',
    ['sales would rise'],
  ],
  [
    'another speaker after "although"',
    'Orr said the plan was sound, although Lee said it would fail.',
    ['the plan was sound', 'it would fail'],
  ],
  [
    'a past verb, no modal',
    'Tull said the deal was fair, although the price had doubled.',
    ['the deal was fair'],
  ],
];

describe('reported-concession', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(indirectContents(text), expected));
  }
});
