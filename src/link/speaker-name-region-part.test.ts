// +region-part: a wire's bracketed region word inside a company's name is kept ("Tarn Equity (Pacific) Ltd"); an
// acronym or a short name in brackets is not. Invented sentences only.
import assert from 'node:assert/strict';
import test from 'node:test';
import { nameWithRegionPart, writesRegion } from './speaker-name-region-part.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a region word before the suffix, then the name without its suffix',
    'Brisk Equity (Pacific) Ltd, a Lorne-based investment firm, said it intends to submit a proposal to Tarn Co.\n\nIn a filing, Brisk Equity (Pacific) said it would deliver the proposal soon.',
    ['Brisk Equity (Pacific) Ltd', 'Brisk Equity (Pacific) Ltd'],
  ],
  [
    'a region word between the name and its suffix',
    'Keel Securities Co (Europe) Ltd said it would lead the bond issue for Tarn Corp.',
    ['Keel Securities Co (Europe) Ltd'],
  ],
  // negatives: an acronym, a short name
  [
    'an acronym in brackets: the name alone',
    'The Lorne Atomic Agency (LAA) said it would inspect the plant next week.',
    ['Lorne Atomic Agency'],
  ],
  [
    "a company's short name in brackets: the name alone",
    'Tarn Oljeselskap A/S (Tarnoil) said its output rose to 600,000 barrels a day.',
    ['Tarn Oljeselskap'],
  ],
];

testSpeakers('a bracketed region word in a company name', CASES);

// the text-wide check that lets the rule skip a text: a bracketed region word anywhere, not an acronym nor a short name
const WRITES_REGION: Array<[string, boolean]> = [
  ['Brisk Equity (Pacific) Ltd said it would bid.', true],
  ['Keel Securities Co (Europe) Ltd said so.', true],
  ['Keel Holdings (U.K.) said so.', true],
  ['The Lorne Atomic Agency (LAA) said it would inspect the plant.', false],
  ['Tarn Oljeselskap A/S (Tarnoil) said its output rose.', false],
  ['Keel Securities Co Ltd said so.', false],
];
test('writesRegion: a bracketed region word anywhere in the text', () => {
  for (const [text, expected] of WRITES_REGION) assert.equal(writesRegion(text), expected, text);
});
// without one, no name takes one
test('nameWithRegionPart: null in a text writing no region word', () => {
  for (const [text, writes] of WRITES_REGION)
    if (!writes)
      for (const name of ['Tarn Oljeselskap', 'Lorne Atomic Agency', 'Keel Securities Co'])
        assert.equal(nameWithRegionPart(name, text), null);
});
