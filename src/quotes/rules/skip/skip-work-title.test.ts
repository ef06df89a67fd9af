import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../../../testing/run-quote-engine.js';

// skip-work-title: a Title-Cased name set off after the noun of a work is no quote; speech after such a noun,
// and words a work is said to hold, stay.
const CASES: [string, string, string[]][] = [
  [
    'a pamphlet, its name with the period inside',
    'The bureau prepared a pamphlet, "Cheap Stays in Lorne."',
    [],
  ],
  ['an album set off by commas', 'Her new album, "Salt and Iron Forever", came out on Friday.', []],
  [
    'a booklet with a time after it',
    'The council published a booklet, "Walking the Old Harbour", last year.',
    [],
  ],
  ['a hit song', 'She sang her hit, "Never Coming Home Again", to close the show.', []],
  ['a song called …', 'The band played a song called "Down by the Old Harbour Wall."', []],
  // negatives: quotes stay
  [
    'words written in a work',
    'Orr said in his book, "We Were Wrong About the Pier."',
    ['direct: We Were Wrong About the Pier.'],
  ],
  [
    'a sentence-case quote after a work noun',
    'The song, "I will never leave this town," Orr said, was about his father.',
    ['direct: I will never leave this town,'],
  ],
  [
    'a quote after a column',
    'She wrote in her column, "The pier must close before winter."',
    ['direct: The pier must close before winter.'],
  ],
  [
    'a Title-Cased quote with no work before it',
    'Tom Orr said, "We Will Win This Fight."',
    ['direct: We Will Win This Fight.'],
  ],
];

describe('skip-work-title', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () =>
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => `${q.type}: ${q.content}`),
        expected,
      ),
    );
  }
});
