// expandAcronym: an acronym spelled by the initials of a run of the article's names ("TMA" → "Tarn Mortgage
// Association"); none when no run's initials hold its letters (the runs then not read word by word). Invented names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNameIndex, expandAcronym } from './speaker-names.js';

const CASES: Array<[string, string, string | null]> = [
  [
    'The Council of Tarn Lenders (CTL) said prices rose. CTL added that sales fell.',
    'CTL',
    'Council of Tarn Lenders',
  ],
  ['Keel Harbour Trust said fees would rise. KHT owns the docks.', 'KHT', 'Keel Harbour Trust'],
  ['General Keel Motors Corp said sales rose. GKM said more.', 'GKM', 'General Keel Motors Corp'],
  // negatives: letters no run's initials hold; a name that spells no run
  ['Keel Harbour Trust said fees would rise. KHX owns the docks.', 'KHX', null],
  ['Ann Vale of Lorne said so. Vale added more.', 'Vale', null],
];

describe('expandAcronym', () => {
  for (const [text, acronym, expected] of CASES)
    it(`${acronym} → ${expected}`, () =>
      assert.equal(expandAcronym(buildNameIndex(text), acronym), expected));
});
