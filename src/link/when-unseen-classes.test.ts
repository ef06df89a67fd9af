import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Issue #3, classes found on an unseen sample (Reuters 1987, AP 1998/2000, CNN 2013, PolNeAR train): reported words
// telling an event of the publication day, a speaker's one dated occasion resumed after other people's days, a
// month after told's hearers, a headline and deck before the lead, a day the cue's participle refers to (invented
// people and places; published on Sunday 2017-06-04).
const TODAY = 'link/when-reports-today';
const RESUMES = 'link/when-occasion-resumes';
const CUE = 'link/when-cue-governed';
const STORY = 'link/when-story-day';

// A speaker dated once at a panel, then other people's days, then the speaker again.
const PANEL =
  'Ann Roe spoke warmly of the former mayor last week.\n\n' +
  '"He was the most gifted man of his time," Roe said during a panel discussion on May 30 at the Lorne Civic Hall.\n\n' +
  "Roe's remarks, first reported by the Vell Gazette on Friday, drew praise. The college declined to comment on Saturday.\n\n";

const CASES: WhenCase[] = [
  [
    'reported words telling an event of the day: "closed … today"',
    'Dealers said the krone closed at its lowest level against the mark today.',
    (t) => [
      quote(t, 'indirect', 'the krone closed at its lowest level against the mark today', 'said', 'Dealers'),
    ],
    '2017-06-04',
    TODAY,
  ],
  [
    'the day named by its weekday in a story of that day',
    'Organisers said about 3,000 farmers marched through Vell on Sunday in a protest against the levy.',
    (t) => [
      quote(
        t,
        'indirect',
        'about 3,000 farmers marched through Vell on Sunday in a protest against the levy',
        'said',
        'Organisers',
      ),
    ],
    '2017-06-04',
    TODAY,
  ],
  [
    '"today\'s fall" named as a thing, "also noted"',
    "Ann Roe of Tarn Securities also noted that today's sharp fall in the krone shows traders are nervous.",
    (t) => [
      quote(
        t,
        'indirect',
        "today's sharp fall in the krone shows traders are nervous",
        'also noted',
        'Ann Roe',
      ),
    ],
    '2017-06-04',
    TODAY,
  ],
  [
    'must stay undated: an event still to come today',
    'Finance Minister Ada Orr said the cabinet would approve the levy today.',
    (t) => [quote(t, 'indirect', 'the cabinet would approve the levy today', 'said', 'Ada Orr')],
    null,
    null,
  ],
  [
    'must stay undated: talks "starting" today',
    'Tom Vell said he was hopeful of a deal, as he prepared for the third week of talks starting Sunday.',
    (t) => [
      quote(
        t,
        'indirect',
        'he was hopeful of a deal, as he prepared for the third week of talks starting Sunday',
        'said',
        'Tom Vell',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a passive of the present before the day ("after it is filed on Sunday")',
    'The Roe campaign will join the suit after it is filed on Sunday, according to party officials.',
    (t) => [
      quote(
        t,
        'indirect',
        'The Roe campaign will join the suit after it is filed on Sunday',
        'according to',
        'party officials',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: "today\'s meeting" called for, not yet held',
    "Members of the Vell growers' union called for today's meeting to exchange views, the delegates said.",
    (t) => [
      quote(
        t,
        'indirect',
        "Members of the Vell growers' union called for today's meeting to exchange views",
        'said',
        'the delegates',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: the day of a board still to meet ("which meets today")',
    'A Tarn Bank spokesman noted the figures were preliminary and required approval of the board which meets today.',
    (t) => [
      quote(
        t,
        'indirect',
        'the figures were preliminary and required approval of the board which meets today',
        'noted',
        'A Tarn Bank spokesman',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: "today" as these days',
    'Senator Ben Orr said his campaign was about the hard truths in the country today.',
    (t) => [
      quote(t, 'indirect', 'his campaign was about the hard truths in the country today', 'said', 'Ben Orr'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a day naming a thing ("his Sunday schedule")',
    'The Lorne council said Mayor Ben Park had cancelled his entire Sunday schedule.',
    (t) => [
      quote(
        t,
        'indirect',
        'Mayor Ben Park had cancelled his entire Sunday schedule',
        'said',
        'The Lorne council',
      ),
    ],
    null,
    null,
  ],
  [
    "must stay undated: the day in the writer's relative clause about someone else",
    'Mayor Ann Roe added the bid may impress the inspectors, who arrived in Lorne on Sunday.',
    (t) => [
      quote(
        t,
        'indirect',
        'the bid may impress the inspectors, who arrived in Lorne on Sunday',
        'added',
        'Ann Roe',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: the day of a place the words describe ("where … traded today")',
    'But he added it was hard to value Tarn Mills at more than the 29 crowns where its shares traded today.',
    (t) => [
      quote(
        t,
        'indirect',
        'it was hard to value Tarn Mills at more than the 29 crowns where its shares traded today',
        'added',
        'Ben Hale',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: "today" in a direct quote is the speaker\'s own day',
    '"We closed the pier today," Ann Roe said.',
    (t) => [quote(t, 'direct', 'We closed the pier today,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    "a speaker dated once at a panel, quoted again after other people's days",
    `${PANEL}"It is palpable," Roe said.`,
    (t) => [
      quote(t, 'direct', 'He was the most gifted man of his time,', 'said', 'Ann Roe'),
      quote(t, 'direct', 'It is palpable,', 'said', 'Ann Roe'),
    ],
    '2017-05-30',
    RESUMES,
  ],
  [
    'must stay undated: the speaker told of speaking again between',
    `${PANEL}On Saturday, Roe told Radio Vell she had meant no harm. "It is palpable," Roe said.`,
    (t) => [
      quote(t, 'direct', 'He was the most gifted man of his time,', 'said', 'Ann Roe'),
      quote(t, 'direct', 'It is palpable,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    "must stay undated: another occasion in the quote's own sentence",
    `${PANEL}In a subsequent note to staff, Roe said the college would review its policy.`,
    (t) => [
      quote(t, 'direct', 'He was the most gifted man of his time,', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the college would review its policy', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: an occasion more than a month back',
    '"He was the most gifted man of his time," Roe said during a panel discussion on March 2 at the Lorne Civic Hall.\n\n' +
      'The college declined to comment on Saturday.\n\n"It is palpable," Roe said.',
    (t) => [
      quote(t, 'direct', 'He was the most gifted man of his time,', 'said', 'Ann Roe'),
      quote(t, 'direct', 'It is palpable,', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'a month after told\'s hearers: "told the Lorne Gazette in May"',
    'Eve Tarn told the Lorne Gazette in May she thought her husband had planned it.',
    (t) => [
      quote(
        t,
        'indirect',
        'she thought her husband had planned it',
        'told the Lorne Gazette in May',
        'Eve Tarn',
      ),
    ],
    '2017-05',
    CUE,
  ],
  [
    'must stay undated: the month inside the reported words after "told"',
    'Eve Tarn told the court the plant closed in May.',
    (t) => [quote(t, 'indirect', 'the plant closed in May', 'told the court', 'Eve Tarn')],
    null,
    null,
  ],
  [
    'a headline and its deck before the lead of a dated meeting',
    'Senator leaves the trail to stop by the palace.\n\nRoe praises king after 45-minute meeting on policy.\n\n' +
      'With five days left until the Vell caucuses, Senator Ann Roe took a detour from the trail on Saturday to meet ' +
      "the king at the palace.\n\nRoe said she did not seek the king's endorsement.",
    (t) => [quote(t, 'indirect', "she did not seek the king's endorsement", 'said', 'Ann Roe')],
    '2017-06-03',
    STORY,
  ],
  [
    "must stay undated: the day of the thing the cue's participle refers to",
    '"It was the biggest show in our history," Tom Vell said, referring to the May 16 debate on the network.',
    (t) => [quote(t, 'direct', 'It was the biggest show in our history,', 'said', 'Tom Vell')],
    null,
    null,
  ],
  [
    "words quoted to their sentence's end close it: a later day in the next sentence is not theirs",
    'Police seized a truck bomb in Lorne on Sunday. Chief Inspector Al Dorr said the bomb ``would have caused massive ' +
      "destruction.'' The peace talks are set to resume on Monday in Lorne.",
    (t) => [quote(t, 'direct', 'would have caused massive destruction.', 'said', 'Al Dorr')],
    '2017-06-04',
    STORY,
  ],
];

testLastDated(CASES);
