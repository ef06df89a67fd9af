import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpeakerSummary } from '../../store/store.js';
import { formatSpeakerTable } from './speakers.js';

const speaker = (name: string, aliases: string[], quoteCount: number): SpeakerSummary => ({
  id: `speaker:${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  aliases,
  quoteCount,
  articleCount: 1,
  first: '2020-03-01',
  last: null,
});

describe('formatSpeakerTable', () => {
  const cases: Array<[SpeakerSummary[], string[]]> = [
    [[], []],
    [
      [speaker('Ada Brennan', ['Brennan', 'Mrs Brennan', 'Ada Brennan'], 12), speaker('an official', [], 1)],
      [
        'QUOTES  ARTICLES  FIRST       LAST  SPEAKER      ALIASES',
        '    12         1  2020-03-01  -     Ada Brennan  Brennan; Mrs Brennan',
        '     1         1  2020-03-01  -     an official  -',
      ],
    ],
  ];
  for (const [speakers, lines] of cases) {
    it(`${speakers.length} speakers`, () => {
      const out = formatSpeakerTable(speakers, 100);
      assert.deepEqual(out === '' ? [] : out.trimEnd().split('\n'), lines);
    });
  }
});
