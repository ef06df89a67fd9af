// "went on" closing its clause reports speech going on, like "continued": `"…," Vell went on.`,
// `Vell went on: "…"`; not "went on to win", "the talks went on for hours". Invented sentences only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../analyze.js';

const OPEN =
  'Dan Vell, the mayor of Port Arlen, spoke on Tuesday. "It is a disgrace," said Ann Poll, a councillor. ';

// [text, [content start, cue text, speaker, quote rule] of each direct quote]
const CASES: Array<[string, Array<[string, string | null, string | null, string]>]> = [
  [
    `${OPEN}"We will cut the deficit," Vell went on.`,
    [
      ['It is a disgrace', 'said', 'Ann Poll', 'quotes/said-after-quote'],
      ['We will cut the deficit', 'went on', 'Dan Vell', 'quotes/speaker-cue-after-quote'],
    ],
  ],
  [
    `${OPEN}Vell went on: "Nobody will lose a job."`,
    [
      ['It is a disgrace', 'said', 'Ann Poll', 'quotes/said-after-quote'],
      ['Nobody will lose a job', 'went on', 'Dan Vell', 'quotes/speaker-cue-before-quote'],
    ],
  ],
  // negative: "went on" with more after it is no cue
  [
    'Ann Poll spoke on Tuesday. The talks went on for hours. "We will win," Ann Poll said as the match went on.',
    [['We will win', 'said', 'Ann Poll', 'quotes/speaker-cue-after-quote']],
  ],
];

describe('"went on" as a cue after a quote', () => {
  for (const [text, want] of CASES)
    it(text.slice(-50), () => {
      const a = analyze({ id: 't', date: '2020-03-04', text });
      const got = a.quotes
        .filter((q) => q.type === 'direct')
        .map((q) => [
          want.find((w) => q.content.startsWith(w[0]))?.[0] ?? q.content,
          q.cue?.text ?? null,
          q.speaker,
          q.rule,
        ]);
      assert.deepEqual(got, want);
    });
});
