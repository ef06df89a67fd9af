import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// Transcripts and signed quotes (issue 3, seen in US outlets' pages), invented sentences through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: [string, string, (string | null)[]][] = [
  [
    "a transcript quoted in marks: each paragraph opens with its speaker's capitalised label",
    'On Sunday\'s "Harbour Hour," Governor Tessa Ambler said the port deal was sound.\n\nPart of the exchange:\n\n"DRUMMOND: Governor, will the deal survive the vote?\n\n"AMBLER: It will, because the numbers add up for every town on the coast.\n\n"DRUMMOND: And if it does not?\n\n"AMBLER: Then we start again next spring."',
    ['Tessa Ambler', 'Drummond', 'Tessa Ambler', 'Drummond', 'Tessa Ambler'],
  ],
  [
    'a labelled paragraph, then a paragraph of the same answer without a label',
    'Governor Tessa Ambler spoke to the host, Ivo Drummond.\n\n"DRUMMOND: Is the port safe?\n\n"AMBLER: Well, look, Lena Farr has said it is not. Lena Farr knows as much about ports as I know about opera.\n\n"But the truth is that the port has never been busier."',
    ['Ivo Drummond', 'Tessa Ambler', 'Tessa Ambler'],
  ],
  [
    'a capitalised label that names nobody in the article is not a speaker',
    'Governor Tessa Ambler spoke to the chamber on Sunday.\n\n"UPDATE: The vote has been moved to Friday."',
    ['Tessa Ambler'],
  ],
  [
    'quotes signed with a horizontal bar',
    'Readers told us what they think of the plan.\n\n“It is a waste of money and nobody asked us.” ― Maren Holt\n“We have waited ten years for a bridge like this.”― Piet Varga',
    ['Maren Holt', 'Piet Varga'],
  ],
];

describe('speakers: transcripts and signed quotes', () => {
  for (const [name, text, speakers] of CASES) {
    it(name, () => {
      assert.deepEqual(
        speakersOfText(text).map((q) => q.speaker),
        speakers,
      );
    });
  }
});
