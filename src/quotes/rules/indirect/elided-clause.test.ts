import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// An elided clause (a pronoun and a bare auxiliary) stands for a clause said elsewhere: no reported content.
const CASES: [string, string, string[]][] = [
  ['"as … said it would"', 'The bridge failed, as Ann Roe said it would.', []],
  ['"as … had said it might"', 'The vote was close, as Ms Tull had said it might.', []],
  ['a negated auxiliary', "The ferry never came back, as Lee Brand warned it wouldn't.", []],
  ['two auxiliaries', 'The mill shut down, just as the union said it might have.', []],
  [
    'an elided finding after "however"',
    'Norland denied that the envoy was held, however, an inquiry later found he was.',
    ['the envoy was held'],
  ],
  ['"they did"', 'Few voters turned out, as the pollsters said they did.', []],
  // the clause goes on: a report
  ['a verb after the modal stays', 'Ann Roe said it would close.', ['it would close']],
  ['an object after the auxiliary stays', 'Ms Tull said she had a plan.', ['she had a plan']],
  ['a participle after the auxiliaries stays', 'Mr Lee said they had been warned.', ['they had been warned']],
];

describe('elided-clause', () => {
  for (const [name, text, want] of CASES) it(name, () => assert.deepEqual(indirectContents(text), want));
});
