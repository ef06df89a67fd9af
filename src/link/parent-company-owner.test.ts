// speaker/parent-owner: a company's possessive before the company that speaks is dropped ("Tarn Corp's Vell Mining
// Corp said" → "Vell Mining Corp"). Invented sentences only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isParentCompanyOwner } from './parent-company-owner.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: [string, string, boolean][] = [
  ['Tarn Corp', 'Vell Mining Corp', true],
  ['Tarn PLC', 'Vell Resources Ltd', true],
  ['Dunmore Holdings', 'Kelso Steel AG', true],
  // negatives: an owner with no company form, a one-word rest, a rest that is no company
  ['Norland', 'Keel Steel AB', false],
  ['Ann Roe', 'Vell Mining Corp', false],
  ['Tarn Corp', 'Corp', false],
  ['Tarn Corp', 'Vell Mining Division', false],
];

test('isParentCompanyOwner', () => {
  for (const [owner, rest, want] of CASES)
    assert.equal(isParentCompanyOwner(owner, rest), want, `${owner}'s ${rest}`);
});

const SPEAKERS: SpeakerCase[] = [
  [
    'a parent company before its subsidiary',
    "Tarn Corp's Vell Mining Corp said it would close the smelter in May.",
    ['Vell Mining Corp'],
  ],
  [
    'a parent PLC before a subsidiary Ltd',
    "Brevik PLC's Orran Resources Ltd said output rose 5 pct last year.",
    ['Orran Resources Ltd'],
  ],
];

// negatives: an owner with no company form, an owner before a person (left as before)
const UNCHANGED: SpeakerCase[] = [
  [
    'an owner with no company form',
    "Tarn's Vell Mining Corp said it would close the smelter.",
    ["Tarn's Vell Mining Corp"],
  ],
  [
    'a person after the owner',
    "Tarn Corp's chief executive Ann Roe said it would close the smelter.",
    ['Ann Roe'],
  ],
];

testSpeakers('a parent company owning the speaker', SPEAKERS);
testSpeakers('a possessive before a speaker left as before', UNCHANGED);
