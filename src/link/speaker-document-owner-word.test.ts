import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// The owner of a document is the speaker, not the owner and the document: "a Hopewell statement" → Hopewell; a
// nationality or a month before the document owns nothing, and the document stands as written.
// [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a company before "statement"',
    'Kelso Mills will build two plants in Tarnby, a Hopewell statement said.',
    'Kelso Mills',
    'Hopewell',
  ],
  [
    'a firm before "study"',
    'Vell Gas expects its profit to double in 1988, the Marrow study said.',
    'Vell Gas',
    'Marrow',
  ],
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

// Must not change: an outlet named whole.
const NEGATIVES: [string, string, string, string][] = [
  [
    'an outlet',
    'The Tarnby Courier said on Monday that the mayor would resign.',
    'the mayor would resign',
    'Tarnby Courier',
  ],
];

describe('speakers: the owner of a document, without the document', () => {
  for (const [name, text, start, speaker] of [...CASES, ...NEGATIVES])
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
