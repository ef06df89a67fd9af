import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDemonymDescriptor } from './speaker-demonym-descriptor.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// [mention, is it a determiner and a country's person?]
const MENTIONS: [string, boolean][] = [
  ['the New Zealander', true],
  ['the South African', true],
  ['a Briton', true],
  ['the 30-year-old Norwegian', true],
  ['two Britons', true],
  ['the Frenchman', true],
  // not: a name after the demonym, a body named with one, no determiner, a lower-case head
  ['the New Zealander Ann Roe', false],
  ['the New Zealand Herald', false],
  ['the American Bankers Association', false],
  ['Norwegian', false],
  ['the South African envoy', false],
  ['the Zealander', false],
  ['the U.S.', false],
];

describe('speaker-demonym-descriptor', () => {
  for (const [mention, want] of MENTIONS) it(mention, () => assert.equal(isDemonymDescriptor(mention), want));
});

const CASES: SpeakerCase[] = [
  [
    'a demonym of two words after "said"',
    'The tax was unfair, said the New Zealander.',
    ['the New Zealander'],
  ],
  ['a multi-word adjective demonym', 'The tax was unfair, the South African said.', ['the South African']],
  ['a person noun for a country', 'The fare was too high, a Briton told reporters.', ['a Briton']],
  [
    'a name after the demonym stays the name',
    'The tax was unfair, said the New Zealander Ann Roe.',
    ['Ann Roe'],
  ],
  [
    'a body named with a demonym stays',
    'The tax was unfair, said the American Bankers Guild.',
    ['American Bankers Guild'],
  ],
];

testSpeakers('speaker: a demonym after a determiner is a descriptor', CASES);
