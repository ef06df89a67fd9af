import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentPossessorBefore } from './document-possessor-before.js';
import { speakersOfText } from './speakers-of-text.js';

// "the report" whose owner the text wrote earlier as "<Name>'s <words> report": the owner speaks.
// [text, document word, possessor or null]
const HELPER: [string, string, string | null][] = [
  ["The figures, in Tarn's just-released 1986 annual report, show a drop. ", 'report', 'Tarn'],
  ["Kelso Vale's new quarterly survey came out. ", 'survey', 'Kelso Vale'],
  // the whole "X of Y" name, not its last word; no sentence-opening "The"
  ["Output will rise, the Bank of Kelso's two year survey predicted. ", 'survey', 'Bank of Kelso'],
  [
    "Sales fell, said the Council for Tolls' new report. The Guild's latest report came out. ",
    'report',
    'Guild',
  ],
  // not: a join between the possessive and the document, another document word, no possessive
  ["Tarn's rejection of the report angered unions. ", 'report', null],
  ["Tarn's annual survey came out. ", 'report', null],
  ['Tarn Corp released an annual report. ', 'report', null],
];

// [text, quote content it starts with, speaker]
const SPEAKERS: [string, string, string][] = [
  [
    "Tarn Corp said reserves fell. The figures, in Tarn's 1986 annual report, show a drop. According to the report, domestic reserves fell slightly.",
    'domestic reserves',
    'Tarn Corp',
  ],
  // must not change: a report some other way owned, or none
  [
    "Tarn Corp said reserves fell. Tarn's rejection of the report angered unions. According to the report, domestic reserves fell slightly.",
    'domestic reserves',
    'the report',
  ],
  [
    "Monday's annual report came out. According to the report, domestic reserves fell slightly.",
    'domestic reserves',
    'the report',
  ],
];

describe('document-possessor-before', () => {
  for (const [text, head, want] of HELPER)
    it(text, () => assert.equal(documentPossessorBefore(text, head, text.length), want));
  for (const [text, start, speaker] of SPEAKERS)
    it(text, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
