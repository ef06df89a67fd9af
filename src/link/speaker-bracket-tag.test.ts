import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerBracketTag } from './speaker-bracket-tag.js';

const cases: Array<[string, string, string, string | null]> = [
  // [text, mention, speaker, expected]
  [
    '<Keel, Marsh Capital Corp> said it has started a tender offer.',
    'Keel, Marsh Capital Corp',
    'Marsh Capital Corp',
    'Keel, Marsh Capital Corp',
  ],
  [
    'Rivet Inc said <Tarn, Holm and Co> would buy the stake.',
    'Tarn, Holm and Co',
    'Holm and Co',
    'Tarn, Holm and Co',
  ],
  // not in brackets: a list cut at its comma stays as the speaker rules left it
  [
    'Keel, Marsh Capital Corp said it has started a tender offer.',
    'Keel, Marsh Capital Corp',
    'Marsh Capital Corp',
    null,
  ],
  // a tag without a comma is already whole
  ['<Dorn Holdings Inc> said it agreed.', 'Dorn Holdings Inc', 'Dorn Holdings Inc', null],
  // a speaker that is not the tag's end
  ['<Keel, Marsh Capital Corp> said it agreed.', 'Keel, Marsh Capital Corp', 'Keel', null],
];

test('speakerBracketTag', () => {
  for (const [text, mention, speaker, expected] of cases) {
    const start = text.indexOf(mention);
    const span = { start, end: start + mention.length, text: mention };
    assert.equal(speakerBracketTag(speaker, span, text), expected, text);
  }
});
