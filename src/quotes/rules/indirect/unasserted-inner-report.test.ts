import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// unasserted-inner-report: a report inside a denial's clause, or inside a poll's finding about a share of those
// asked, is no record of its own; the outer report stays, and so do inner reports the outer one asserts.
const CASES: [string, string, string[]][] = [
  [
    'a passive report inside a denial',
    'Ada Kray denied she had been told that the pier was unsafe.',
    ['she had been told that the pier was unsafe'],
  ],
  [
    'a named speaker inside a denial',
    'The mayor has denied that Tom Orr said the harbour would close.',
    ['Tom Orr said the harbour would close'],
  ],
  [
    'a named speaker with an apposition inside a denial',
    'The mayor has denied that Mr Orr, his harbour spokesman, said the quay would close.',
    ['Mr Orr, his harbour spokesman, said the quay would close'],
  ],
  [
    'a share of voters inside a survey finding',
    'A survey for the Lorne Trust suggests 69% of over-60s say they would vote for the plan.',
    ['69% of over-60s say they would vote for the plan'],
  ],
  [
    '"most" of those asked inside a poll finding',
    'The Kelby Courier poll found that most growers say prices are too low.',
    ['most growers say prices are too low'],
  ],
  // negatives: inner reports the outer report asserts stay
  [
    'a passive report inside an assertion stays',
    'The minister said she had been told that the budget was short.',
    ['she had been told that the budget was short', 'the budget was short'],
  ],
  [
    'a named speaker inside a finding stays',
    'The inquiry found that Tom Orr told staff the pier was safe.',
    ['Tom Orr told staff the pier was safe', 'the pier was safe'],
  ],
  [
    'a report further on in a long denied clause stays',
    'The ministry denied that ships from the northern fleet had entered the bay late on Saturday as the harbour master told reporters the quay was closed.',
    ['ships from the northern fleet had entered the bay late on Saturday', 'the quay was closed'],
  ],
  [
    'a denial with a noun object leaves a later report alone',
    'Ada Kray denied the charges, and her lawyer said she would appeal.',
    ['she would appeal'],
  ],
];

describe('unasserted-inner-report', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(indirectContents(text), expected));
  }
});
