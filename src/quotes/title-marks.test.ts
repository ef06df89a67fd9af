import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuoteEngine } from '../testing/run-quote-engine.js';

// [sentence, [type, content, mention, cue] of each quote]: a show's name in quote marks after a network's
// possessive or "on" is a name, not a quote, and no break for the reported clause around it (title-marks.ts)
const CASES: [string, [string, string, string | null, string | null][]][] = [
  [
    'Ola Brisk told WXYZ’s “Face the Day” that the toll plan was dead.',
    [['indirect', 'the toll plan was dead', 'Ola Brisk', 'told WXYZ’s “Face the Day”']],
  ],
  [
    'Ola Brisk said on WXYZ’s “Face the Day” that the toll plan was dead.',
    [['indirect', 'the toll plan was dead', 'Ola Brisk', 'said']],
  ],
  [
    'Ola Brisk said on “Face the Day” Sunday that the toll plan was dead.',
    [['indirect', 'the toll plan was dead', 'Ola Brisk', 'said']],
  ],
  [
    'Ola Brisk, appearing on “Face the Day,” said the toll plan was dead.',
    [['indirect', 'the toll plan was dead', 'Ola Brisk', 'said']],
  ],
  [
    'Dan Varn, host of WXYZ’s “Morning Run,” suggested the mayor’s refusal to quit could end his career.',
    [['indirect', 'the mayor’s refusal to quit could end his career', 'Dan Varn', 'suggested']],
  ],
  [
    "Ola Brisk said on KLMN's ''This Week'' that the toll plan was dead.",
    [['indirect', 'the toll plan was dead', 'Ola Brisk', 'said']],
  ],
  // the period an American-style close keeps inside the marks: the show's name is still no quote
  [
    "''It is a mess,'' Ola Brisk said by telephone on KLMN's ''Face the Day.'' ''Nobody in the council listens.''",
    [
      ['direct', 'It is a mess,', 'Ola Brisk', 'said'],
      ['direct', 'Nobody in the council listens.', 'Ola Brisk', 'said'],
    ],
  ],
  ['Ola Brisk made the case on WXYZ’s “Face the Day.”', []],
  // not: a quoted name after an article keeps its marks ("the “Toll Party”" is the clause's subject, marks and all)
  [
    'Ola Brisk warned the “Toll Party” was the real threat to the council.',
    [['indirect', 'the “Toll Party” was the real threat to the council', 'Ola Brisk', 'warned']],
  ],
  // not: a quoted sentence after "on" is speech, not a name
  ['Ola Brisk said on Monday: “We Will Not Pay.”', [['direct', 'We Will Not Pay.', 'Ola Brisk', 'said']]],
];

describe('title-marks: a show’s name inside a report', () => {
  for (const [text, expected] of CASES)
    it(text, () => {
      const got = runQuoteEngine(text).quotes.map((q) => [
        q.type,
        q.content,
        q.mention?.text ?? null,
        q.cue?.text ?? null,
      ]);
      assert.deepEqual(got, expected);
    });
});

// "With all precincts reporting, …": a participle closing an absolute "with" phrase before its comma reports
// nothing (cue-then-clause)
describe('cue-then-clause: an absolute "with" phrase', () => {
  const NONE = [
    'Even with all precincts reporting, the race for the Lorne seat remained too close to call.',
    'With 98 percent of precincts reporting, Ola Brisk held a narrow lead.',
  ];
  for (const text of NONE)
    it(text, () => {
      assert.deepEqual(
        runQuoteEngine(text).quotes.map((q) => q.content),
        [],
      );
    });
});
