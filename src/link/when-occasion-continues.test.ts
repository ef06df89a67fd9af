import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A dated occasion carried to the later quotes of its speaker, and stopped by anything that opens another
// occasion or date (invented people, places and outlets).

const RULE = 'link/when-occasion-continues';
const INTERVIEW =
  'In an interview with Radio Vell on Friday, Senator Ann Roe said the bridge plan was doomed.\n\nThe plan, drawn up by the transport board, would cost 40 million crowns.\n\n';

const CASES: WhenCase[] = [
  // [name, text, quotes, when, whenRule]
  [
    'a later paragraph of the dated interview',
    `${INTERVIEW}"Nobody wants to pay for it," Roe added.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'later in the interview',
    `${INTERVIEW}Later in the interview, Roe said the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'said', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'a chain of quotes of the rally',
    'At a rally in Porthaven on Thursday, Governor Ned Vell told supporters the mine would reopen.\n\n"We will dig again," Vell told supporters.\n\nThe crowd cheered.\n\nVell went on to say the union would back him.',
    (t) => [
      quote(t, 'indirect', 'the mine would reopen', 'told', 'Ned Vell'),
      quote(t, 'direct', 'We will dig again,', 'told supporters.', 'Ned Vell'),
      quote(t, 'indirect', 'the union would back him', 'went on', 'Ned Vell'),
    ],
    '2017-06-01',
    RULE,
  ],
  [
    'an earlier occasion is not the interview',
    `${INTERVIEW}Earlier, Roe said the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'what the speaker has long said is not the interview',
    `${INTERVIEW}Roe has long said the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'an earlier interview is another occasion',
    `${INTERVIEW}Roe told Radio Vell in an earlier interview that the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'told', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'another date between them (words said then, so no other rule carries the day either)',
    `${INTERVIEW}In 2012, the board said it would raise fares.\n\n"Nobody wants to pay for it," Roe added.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'another speaker in between who is not dated: the dated speaker goes on (link/when-speaker-day)',
    `${INTERVIEW}"It is a fair plan," said board chairman Olaf Brisk.\n\n"Nobody wants to pay for it," Roe added.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'It is a fair plan,', 'said', 'Olaf Brisk'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'told another audience',
    `${INTERVIEW}Roe told reporters the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'told', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    "the interviewer's question in between",
    'In an interview with Olaf Brisk of Radio Vell on Friday, Senator Ann Roe said the bridge plan was doomed.\n\n"Would you vote for it?" Brisk asked.\n\n"Never," Roe replied.',
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Would you vote for it?', 'asked', 'Olaf Brisk'),
      quote(t, 'direct', 'Never,', 'replied', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'a multi-paragraph quotation goes on without a cue',
    `${INTERVIEW}"Nobody wants to pay for it," Roe added. "Nobody," she said.\n\n"And nobody will."`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
      quote(t, 'direct', 'Nobody,', 'she said', 'Ann Roe'),
      { ...quote(t, 'direct', 'And nobody will.', 'added', 'Ann Roe'), cue: null },
    ],
    '2017-06-02',
    // (the paragraph runs on from the quote before it: dated first as the same statement)
    'link/when-same-statement',
  ],
  [
    'a letter goes on in writing',
    'In a letter to the board on Friday, Senator Ann Roe said the bridge plan was doomed.\n\nThe plan would cost 40 million crowns.\n\nRoe wrote that the board should resign.',
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'wrote', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'a tweet is another occasion',
    `${INTERVIEW}Roe wrote on Twitter that the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'wrote', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a day said without an occasion, to a quote that names its occasion',
    'Senator Ann Roe said on Friday the bridge plan was doomed.\n\nThe plan would cost 40 million crowns.\n\nThe transport board has not answered.\n\nRoe, ending a visit to the port, added that nobody wants to pay for it.',
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'nobody wants to pay for it', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    "a day said without an occasion, to a quote that names none: the speaker's day goes on",
    'Senator Ann Roe said on Friday the bridge plan was doomed.\n\nThe plan would cost 40 million crowns.\n\n"Nobody wants to pay for it," Roe added.',
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    'a day said without an occasion carries on while nothing else is dated',
    `Senator Ann Roe said on Friday the bridge plan was doomed.\n\n${'The plan would cost 40 million crowns and take nine years to build across the estuary. '.repeat(8)}\n\n"Nobody wants to pay for it," Roe added.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'direct', 'Nobody wants to pay for it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-speaker-day',
  ],
  [
    "a time named in the quote's own sentence",
    `${INTERVIEW}On a tour of the coast this month, Roe said the board should resign.`,
    (t) => [
      quote(t, 'indirect', 'the bridge plan was doomed', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the board should resign', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'past the occasion named after the last quote\'s cue ("…, Roe said at a news conference on Friday.")',
    'The dam is safe, Mayor Ann Roe said at a news conference on Friday.\n\nThe town has 400 people.\n\n"We will paint it," Roe added.',
    (t) => [
      quote(t, 'indirect', 'The dam is safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will paint it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    RULE,
  ],
  [
    'another occasion after the last quote\'s sentence stops it ("In a separate interview, …"; a rule after it then dates it)',
    'The dam is safe, Mayor Ann Roe said at a news conference on Friday.\n\nIn a separate interview, the town clerk agreed.\n\n"We will paint it," Roe added.',
    (t) => [
      quote(t, 'indirect', 'The dam is safe', 'said', 'Ann Roe'),
      quote(t, 'direct', 'We will paint it,', 'added', 'Ann Roe'),
    ],
    '2017-06-02',
    'link/when-lead-occasion',
  ],
];

testLastDated(CASES);
