import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// A nationality or a month before a document owns nothing: the document stands as written ("a Norlandian government
// statement"), not "Norlandian statement".
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a nationality before "government statement"',
    'Norland troops took the border town on Sunday, a Norlandian government statement said.',
    'Norland troops',
    'a Norlandian government statement',
  ],
  [
    'a month before "survey"',
    'Sales fell in the March quarter, the March survey said.',
    'Sales fell',
    'the March survey',
  ],
];

// Must not change: an outlet named whole, a company's statement as named.
const NEGATIVES: [string, string, string, string][] = [
  [
    'a company before "statement" stays as named',
    'Kelso Mills will build two plants in Tarnby, a Hopewell statement said.',
    'Kelso Mills',
    'Hopewell statement',
  ],
  [
    'an outlet',
    'The Tarnby Courier said on Monday that the mayor would resign.',
    'the mayor would resign',
    'Tarnby Courier',
  ],
];

describe('speakers: no owner before the document', () => {
  for (const [name, text, start, speaker] of [...CASES, ...NEGATIVES])
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
