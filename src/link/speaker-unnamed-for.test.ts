import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// Someone who works for the named person is not that person: "an aide to Vell" stands as written.
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'an aide to a named official',
    'Farm Secretary Dan Vell will meet grain traders on Friday, an aide to Vell said.',
    'Farm Secretary Dan Vell',
    'an aide to Vell',
  ],
  [
    'a longtime adviser to a candidate',
    '"He does not know the new voters," said a longtime adviser to Roe. Mara Roe is running for mayor of Tarnby.',
    'He does not know',
    'a longtime adviser to Roe',
  ],
];

// Must not change: the named person speaking, a named aide in apposition.
const NEGATIVES: [string, string, string, string][] = [
  [
    'the person named speaks',
    'Mara Roe wrote a letter to Vell. "We will not sell," Roe said.',
    'We will not sell',
    'Mara Roe',
  ],
  [
    'a named aide in apposition',
    'Dan Vell, an aide to Mayor Mara Roe, said the budget was late.',
    'the budget was late',
    'Dan Vell',
  ],
];

describe('speakers: an unnamed aide to a named person', () => {
  for (const [name, text, start, speaker] of [...CASES, ...NEGATIVES])
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
