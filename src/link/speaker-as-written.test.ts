import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// An unnamed source keeps its descriptor as written, a sentence-opening common noun lower-cased; a name with
// "of" stays as it is. [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    'a common noun opening the sentence, with its phrase',
    'Bank officials were calm. Analysts at Keel Securities said the bank would recover.',
    'the bank would recover',
    'analysts at Keel Securities',
  ],
  [
    'a name of the form "Bank of …" in a story that writes "bank" lower-case',
    'Bank officials said they had seen nothing unusual. Bank of Norland said the tapes went missing in December.',
    'the tapes went missing',
    'Bank of Norland',
  ],
];

describe('speakers: descriptors as written', () => {
  for (const [name, text, start, speaker] of CASES)
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
