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
  [
    'a share of those polled: "Six in 10 say"',
    'The Tarnby poll asked voters about the mayor. Six in 10 say she is doing well.',
    'she is doing well',
    'six in 10',
  ],
  [
    'a share with a word before it: "nearly nine out of 10 said"',
    'Voters in Kelso were asked about the bridge, and nearly nine out of 10 said the toll was too high.',
    'the toll was too high',
    'nearly nine out of 10',
  ],
];

// Not a share: a bare number the text gives no "in"/"out of" before keeps the descriptor as written.
const NEGATIVES: [string, string, string, string][] = [
  [
    'a count of those polled, no share',
    'In a poll of 400 voters, 39 said the plan was sound.',
    'the plan was sound',
    '39',
  ],
];

describe('speakers: descriptors as written', () => {
  for (const [name, text, start, speaker] of [...CASES, ...NEGATIVES])
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
