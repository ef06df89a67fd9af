import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerGroupPolledBy } from './speaker-group-polled-by.js';

const cases: Array<[string, string, string, string | null]> = [
  // [text, mention, speaker, expected]
  [
    'Grain prices will rise, said analysts polled by Zentrix News.',
    'analysts',
    'analysts',
    'analysts polled by Zentrix News',
  ],
  [
    'Most economists surveyed by the Keel Institute said rates would hold.',
    'Most economists',
    'Most economists',
    'Most economists surveyed by the Keel Institute',
  ],
  [
    'Output fell, said traders contacted by Marlow Daily on Monday.',
    'traders',
    'traders',
    'traders contacted by Marlow Daily',
  ],
  [
    'Rates will hold, said dealers polled by U.S. Wire. They added more.',
    'dealers',
    'dealers',
    'dealers polled by U.S. Wire',
  ],
  [
    'Rates will hold, said dealers polled by Zentrix News. They added more.',
    'dealers',
    'dealers',
    'dealers polled by Zentrix News',
  ],
  // no participle phrase: as the speaker rules left it
  ['Grain prices will rise, said analysts at Zentrix Bank.', 'analysts', 'analysts', null],
  // a person, not a group
  ['Grain prices will rise, said Ann Tull, polled by Zentrix News.', 'Ann Tull', 'Ann Tull', null],
  // a speaker the rules already resolved away from the mention
  ['Grain prices will rise, said analysts polled by Zentrix News.', 'analysts', 'Zentrix News', null],
  // "by" a lower-case agent is no organisation's phrase
  ['Prices will rise, said analysts polled by phone.', 'analysts', 'analysts', null],
];

test('speakerGroupPolledBy', () => {
  for (const [text, mention, speaker, expected] of cases) {
    const start = text.indexOf(mention);
    const span = { start, end: start + mention.length, text: mention };
    assert.equal(speakerGroupPolledBy(speaker, span, text), expected, text);
  }
});
