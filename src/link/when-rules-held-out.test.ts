import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Statement dates the text gives in ways held-out articles use: a dated book or interview, a dated document, a
// statement the lead dates, "at the event" of the lead (invented people, places and outlets).

const CASES: WhenCase[] = [
  // [name, text, quotes, when, whenRule]
  [
    'said in her dated autobiography',
    'For years Mara Lind kept out of sight. "I was never one for parties," Lind said in her 1981 autobiography, "and I never will be."',
    (t) => [quote(t, 'direct', 'I was never one for parties,', 'said', 'Mara Lind')],
    '1981',
    'link/when-dated-vehicle',
  ],
  [
    'a dated interview opening the sentence',
    'In a 2009 interview with the magazine Tern Weekly, Lind said, "I have no regrets."',
    (t) => [quote(t, 'direct', 'I have no regrets.', 'said', 'Mara Lind')],
    '2009',
    'link/when-dated-vehicle',
  ],
  [
    'a day-named speech ("in Tuesday\'s speech")',
    "Governor Ada Roe said in Friday's speech that the dam would hold.",
    (t) => [quote(t, 'indirect', 'the dam would hold', 'said', 'Ada Roe')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'a document dated by a participle, as the subject of the cue',
    'Dunmore is the costliest city for visitors, a survey issued this month by Harlan Associates said.',
    (t) => [quote(t, 'indirect', 'Dunmore is the costliest city for visitors', 'said', 'Harlan Associates')],
    '2017-06',
    'link/when-dated-vehicle',
  ],
  [
    'a document dated by a participle after "according to"',
    "According to the ministry's bulletin dated May 30, the river had risen two metres.",
    (t) => [quote(t, 'indirect', 'the river had risen two metres', 'According to', null)],
    '2017-05-30',
    'link/when-dated-vehicle',
  ],
  [
    'a dated report is not a dated statement (the year may be what it covers)',
    'Lind said in a 2009 report on the mine that the shafts were unsafe.',
    (t) => [quote(t, 'indirect', 'the shafts were unsafe', 'said', 'Mara Lind')],
    null,
    null,
  ],
  [
    'a dated book in a relative clause of the subject',
    'Lind, who wrote a 1981 memoir, said she had no regrets.',
    (t) => [quote(t, 'indirect', 'she had no regrets', 'said', 'Mara Lind')],
    null,
    null,
  ],
  [
    'the statement referred back to, dated where its sentence opens',
    'Late on Friday, President Ada Roe, in a statement issued by her office, announced the troops would leave. The statement also said the border would stay open.',
    (t) => [quote(t, 'indirect', 'the border would stay open', 'also said', null)],
    '2017-06-02',
    'link/when-statement-referent',
  ],
  [
    'a newspaper named "Post" is no earlier post',
    'Ann Vell told the Dunmore Post in an interview on Thursday that she would run.\n\nOfficials who spoke with the Dunmore Post said the race was open.',
    (t) => [quote(t, 'indirect', 'the race was open', 'said', 'Officials')],
    null,
    null,
  ],
  [
    'a holiday inside a name dates nothing',
    'A man jumped on stage during the Grand Choir of Christmas Charity and claimed he had been cheated.',
    (t) => [quote(t, 'indirect', 'he had been cheated', 'claimed', null)],
    null,
    null,
  ],
  [
    'a sentence after a danda opens with its date',
    'यह एक वाक्य है। Earlier this month, Tomas Grell told the Dunmore Ledger, "We will hold a tea party."',
    (t) => [quote(t, 'direct', 'We will hold a tea party.', 'told the Dunmore Ledger', 'Tomas Grell')],
    '2017-06',
    'link/when-sentence-opener',
  ],
  [
    'the day adverb read into the cue ("yesterday disclosed")',
    'The ministry yesterday disclosed that the bank had failed.',
    (t) => [quote(t, 'indirect', 'the bank had failed', 'yesterday disclosed', null)],
    '2017-06-03',
    'link/when-cue-governed',
  ],
  [
    "the person's statement the lead dates",
    'President Ada Roe Saturday vowed to find those behind the blasts.\n\n"We will not rest until justice is done," Roe said in her weekly radio address.',
    (t) => [quote(t, 'direct', 'We will not rest until justice is done,', 'said', 'Ada Roe')],
    '2017-06-03',
    'link/when-lead-statement',
  ],
  [
    "another date after the lead's statement blocks it",
    'President Ada Roe Saturday vowed to find those behind the blasts.\n\nThe blasts on Friday killed ten.\n\n"We will not rest," Roe said.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    'a lead that is a quote passes its date on to the later words of its speaker',
    'President Ada Roe said on Saturday that she would find those behind the blasts.\n\nThe toll rose.\n\nThe search goes on, Roe said.',
    (t) => [
      quote(t, 'indirect', 'she would find those behind the blasts', 'said', 'Ada Roe'),
      quote(t, 'indirect', 'The search goes on', 'said', 'Ada Roe'),
    ],
    '2017-06-03',
    'link/when-speaker-day',
  ],
  [
    'someone else than the person the lead dates',
    'President Ada Roe Saturday vowed to find those behind the blasts.\n\n"We are afraid," Tom Vell said.',
    (t) => [quote(t, 'direct', 'We are afraid,', 'said', 'Tom Vell')],
    null,
    null,
  ],
  [
    'an earlier occasion of the person the lead dates',
    'President Ada Roe Saturday vowed to find those behind the blasts.\n\n"We will not rest," Roe said in an earlier interview.',
    (t) => [quote(t, 'direct', 'We will not rest,', 'said', 'Ada Roe')],
    null,
    null,
  ],
  [
    '"at the event" of the occasion the lead dates',
    'On Saturday, about two hundred people attended a tea party in Dunmore.\n\nA banner was displayed at the start. At the event, host Ann Vell said "Tea heals everything."',
    (t) => [quote(t, 'direct', 'Tea heals everything.', 'said', 'Ann Vell')],
    '2017-06-03',
    'link/when-lead-attended',
  ],
  [
    '"at the event" of an occasion still to come',
    'On Saturday, organisers said two hundred people will attend a tea party in Dunmore.\n\nAt the event, host Ann Vell said "Tea heals everything."',
    (t) => [quote(t, 'direct', 'Tea heals everything.', 'said', 'Ann Vell')],
    null,
    null,
  ],
  [
    'a group named again by its head noun goes on with its dated statement',
    'The plan is dead, ministry sources said on Friday. The vote was lost, the sources added.',
    (t) => [
      quote(t, 'indirect', 'The plan is dead', 'said', 'ministry sources'),
      quote(t, 'indirect', 'The vote was lost', 'added', 'the sources'),
    ],
    '2017-06-02',
    'link/when-same-statement',
  ],
  [
    'another group is another statement',
    'The plan is dead, ministry sources said on Friday. The vote was lost, the officials added.',
    (t) => [
      quote(t, 'indirect', 'The plan is dead', 'said', 'ministry sources'),
      quote(t, 'indirect', 'The vote was lost', 'added', 'the officials'),
    ],
    null,
    null,
  ],
  [
    "a document's finding does not go on from its dated statement",
    'Dunmore is the costliest city, a survey issued this month by Harlan Associates said. It found that visitors spend 300 crowns a day.',
    (t) => [
      quote(t, 'indirect', 'Dunmore is the costliest city', 'said', 'Harlan Associates'),
      quote(t, 'indirect', 'visitors spend 300 crowns a day', 'found', 'Harlan Associates'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
