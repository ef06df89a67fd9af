import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indirectContents } from '../../../testing/indirect-contents.js';

// [case, text, indirect contents expected]
const CASES: [string, string, string[]][] = [
  [
    'a cue with "which" as its object reports nothing after the relative clause',
    'Asked about the merger, which the board announced on Friday, Ann Lee said it was a good deal.',
    ['it was a good deal'],
  ],
  [
    '… nor does one whose adjunct runs to the comma',
    'Asked if the plan could work without a new rate, which Norland has been urging for months, Lee declined to comment.',
    [],
  ],
  [
    'a report after "in which" stays',
    'The stores were reluctant, according to a radio report in which they said they had no plans to ration sales.',
    ['The stores were reluctant', 'they had no plans to ration sales'],
  ],
  [
    'a report with a gap after "which" stays',
    'Mr Lee said there was a rise in thefts, which he said the council needed to address.',
    ['there was a rise in thefts', 'the council needed to address'],
  ],
];

describe('object-relative-cue: a cue whose object is the relative pronoun', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      assert.deepEqual(indirectContents(text), want);
    });
  }
});
