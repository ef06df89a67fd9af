import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The day a quote's own sentence gives, and the day of a speaker already dated (invented people and places;
// published on Sunday 2017-06-04).
const SENTENCE = 'link/when-sentence-day';
const SPEAKER = 'link/when-speaker-day';

const CASES: WhenCase[] = [
  [
    'a day inside the participle phrase between the subject and the cue',
    'President Ann Roe, opening the harbour museum on Saturday, said it would tell a story of loss.',
    (t) => [quote(t, 'indirect', 'it would tell a story of loss', 'said', 'Ann Roe')],
    '2017-06-03',
    SENTENCE,
  ],
  [
    'the day of the main verb, for a participle cue',
    'Ann Roe spoke out Tuesday about the closure of the mill, arguing that the town deserved better.',
    (t) => [quote(t, 'indirect', 'the town deserved better', 'arguing', 'Ann Roe')],
    '2017-05-30',
    SENTENCE,
  ],
  [
    'a day after the quoted words in the same clause',
    'Governor Tom Hale blasted Roe as "a disgrace to the office" Wednesday on The Morning Show.',
    (t) => [quote(t, 'direct', 'a disgrace to the office', 'blasted', 'Tom Hale')],
    '2017-05-31',
    SENTENCE,
  ],
  [
    'a day in a relative clause about another event',
    'Ann Roe, who was arrested on Friday, said she was innocent.',
    (t) => [quote(t, 'indirect', 'she was innocent', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'a day still to come',
    'Ann Roe, who will meet the board on Friday, said she was hopeful.',
    (t) => [quote(t, 'indirect', 'she was hopeful', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'two different days in the sentence',
    'Ann Roe said on Tuesday, after a vote on Monday, that the plan was dead.',
    (t) => [quote(t, 'indirect', 'the plan was dead', 'said', 'Ann Roe')],
    '2017-05-30',
    'link/when-cue-governed',
  ],
  [
    'the speaker dated earlier goes on in a later paragraph',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nEngineers have inspected it twice.\n\n"We will keep watching it," Roe said.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will keep watching it,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    SPEAKER,
  ],
  [
    'a relative clause about someone else after the quote keeps its own time',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nEngineers have inspected it twice.\n\n"We will keep watching it," Roe said, not needing to name Ivo Lee, who built it ten years ago.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will keep watching it,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    SPEAKER,
  ],
  [
    'a time in a relative clause before the quote does not move the story',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nShe thanked Ivo Lee, who built it in 2007.\n\n"We will keep watching it," Roe said.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will keep watching it,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    SPEAKER,
  ],
  [
    'a year told in a paragraph of background, no words said in it, does not move the story',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nIn 2007, the dam cracked.\n\n"We will keep watching it," Roe said.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will keep watching it,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    "another speaker is not dated by the first speaker's day",
    'Mayor Ann Roe said on Friday the dam was safe.\n\nEngineers have inspected it twice.\n\n"It will hold," said Tom Hale, an engineer.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'It will hold,', 'said', 'Tom Hale'),
    ],
    null,
    null,
  ],
  [
    'an unnamed source is not the same source twice',
    'An official said on Friday the dam was safe.\n\nEngineers have inspected it twice.\n\n"It will hold," an official said.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'an official'),
      quote(t, 'direct', 'It will hold,', 'said', 'an official'),
    ],
    null,
    null,
  ],
  [
    'a past date opening a paragraph of background does not move the story',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nIn 1961, it was built.\n\n"We will keep watching it," Roe said.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will keep watching it,', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    "an occasion of its own in the quote's sentence",
    'Mayor Ann Roe said on Friday the dam was safe.\n\nEngineers have inspected it twice.\n\nRoe later told reporters the dam would be painted.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the dam would be painted', 'told', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'words said at another time ("has said")',
    'Mayor Ann Roe said on Friday the dam was safe.\n\nRoe has said the town cannot pay for a new one.',
    (t) => [
      quote(t, 'indirect', 'the dam was safe', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the town cannot pay for a new one', 'has said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a title-cased headline line is not the lead the lead rules read',
    'Governor Roe Vows To Find The Bombers.\n\nGovernor Ada Roe Saturday vowed to find those behind the blasts.\n\n"We will not rest," Roe said.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'Ada Roe')],
    '2017-06-03',
    'link/when-lead-statement',
  ],
];

testLastDated(CASES);
