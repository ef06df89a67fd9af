// speaker/organisation-and-name: a firm's first name and initials before the surname a later mention gives ("Frank
// B. Hall and Co Inc … Hall said") are kept. Invented sentences only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameOpeningInitials } from './name-opening-initials.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: [string, string][] = [
  ['Tom B. Vell and Co Inc said', 'Tom B. Vell'],
  ['shares of J. R. Tull and Co rose', 'J. R. Tull'],
  // negatives: no initial before the name, a full stop ending a sentence
  ['shares of Vell and Co rose', 'Vell'],
  ['It closed at 5 p.m. Vell and Co said', 'Vell'],
];

test('nameOpeningInitials', () => {
  for (const [text, want] of CASES) {
    const at = text.indexOf(want.split(' ').at(-1) as string);
    assert.equal(
      text.slice(nameOpeningInitials(text, at), at + (want.split(' ').at(-1) as string).length),
      want,
    );
  }
});

const SPEAKERS: SpeakerCase[] = [
  [
    'a surname after the firm named with a first name and an initial',
    'Tom B. Vell and Co Inc said it would sell its unit. Vell also said profits rose 5 pct.',
    ['Tom B. Vell and Co Inc', 'Tom B. Vell and Co Inc'],
  ],
  [
    'a surname that is also a common word',
    'Ned B. Hall and Co Inc said it would sell its unit. Hall also said profits rose 5 pct.',
    ['Ned B. Hall and Co Inc', 'Ned B. Hall and Co Inc'],
  ],
];

// negatives: a firm named without initials, a person whose name the firm's also is
const UNCHANGED: SpeakerCase[] = [
  [
    'a person named before the firm',
    'Ned B. Vell, chairman of Ned B. Vell and Co Inc, said sales rose. Vell said profits rose 5 pct.',
    ['Ned B. Vell', 'Ned B. Vell'],
  ],
  [
    'no initial before the firm',
    'Orran Vell and Co Inc said it would sell its unit. Vell also said profits rose 5 pct.',
    ['Orran Vell and Co Inc', 'Orran Vell and Co Inc'],
  ],
];

testSpeakers('a firm named with initials', SPEAKERS);
testSpeakers('a firm named without initials', UNCHANGED);
