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
  // a holding or group name before the legal form has no letter in the acronym either
  [
    'Tarn Broken Hill Holdings Ltd <TBHA.ME> (TBH) said it would float a unit. TBH said the float was near.',
    'TBH',
    'Tarn Broken Hill Holdings Ltd',
  ],
  ['Keel Vale Group said sales rose. KV said more.', 'KV', 'Keel Vale Group'],
  // the holding word spelled in the acronym: "Group" kept when its letter is there
  [
    'Kelso International Group Plc said it sold a unit. KIG said the sale was part of its plan.',
    'KIG',
    'Kelso International Group Plc',
  ],
  // negatives: letters no run's initials hold; a name that spells no run
  ['Keel Harbour Trust said fees would rise. KHX owns the docks.', 'KHX', null],
  ['Ann Vale of Lorne said so. Vale added more.', 'Vale', null],
  ['Tarn Broken Hill Holdings Ltd said it would float a unit. TBX said the float was near.', 'TBX', null],
  // letters that open a name of their own: no other run's initials
  [
    'KTC Dealer Holdings Ltd bid for Kelso Tool Corp Ltd shares. KTC said it would extend the offer.',
    'KTC',
    null,
  ],
];

describe('expandAcronym', () => {
  for (const [text, acronym, expected] of CASES)
    it(`${acronym} → ${expected}`, () =>
      assert.equal(expandAcronym(buildNameIndex(text), acronym), expected));
});
