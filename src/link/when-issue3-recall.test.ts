import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Issue #3 recall: dates that open or follow the cue's clause in forms the cue rule once missed (invented people
// and firms; published on Sunday 2017-06-04).
const CUE = 'link/when-cue-governed';

const CASES: WhenCase[] = [
  [
    'a day that makes an opening week precise ("Last week, on May 30, …")',
    'Last week, on May 30, the Dunmore firm Harlow Ltd announced it would close its mill in Lemberg.',
    (t) => [quote(t, 'indirect', 'it would close its mill in Lemberg', 'announced', 'Harlow Ltd')],
    '2017-05-30',
    CUE,
  ],
  [
    'a discourse adverb before the opening date ("However, earlier this year, …")',
    'However, earlier this year, Ann Roe said in an interview she would welcome the ferry back.',
    (t) => [quote(t, 'indirect', 'she would welcome the ferry back', 'said', 'Ann Roe')],
    '2017',
    CUE,
  ],
  [
    'a month after the cue made an adverb by its own "last"',
    'Ann Roe indicated last December she expected a small profit for the ferry line.',
    (t) => [quote(t, 'indirect', 'she expected a small profit for the ferry line', 'indicated', 'Ann Roe')],
    '2016-12',
    CUE,
  ],
  [
    'a past "By" opening the sentence ("By Friday afternoon, X said …")',
    'The council met on Thursday. By Friday afternoon, Mayor Ann Roe said the council had no say in the matter.',
    (t) => [quote(t, 'indirect', 'the council had no say in the matter', 'said', 'Ann Roe')],
    '2017-06-02',
    CUE,
  ],
  [
    'a year naming a thing between the opening day and the cue ("over its 2015 Ferry Act, saying")',
    'On Thursday, two Dunmore charities filed a lawsuit against the state over its 2015 Ferry Act, saying it ' +
      'would cut the island off.',
    (t) => [quote(t, 'indirect', 'it would cut the island off', 'saying', 'two Dunmore charities')],
    '2017-06-01',
    'link/when-sentence-opener',
  ],
  [
    'a clock time in UTC is no year beside the day ("today (1500 UTC)")',
    'In an advisory issued at 11:00 a.m. local time today (1500 UTC) the Kestrel Weather Office reported the ' +
      'storm had strengthened.',
    (t) => [quote(t, 'indirect', 'the storm had strengthened', 'reported', 'Kestrel Weather Office')],
    '2017-06-04',
    'link/when-sentence-day',
  ],
  [
    "must stay undated: a year of the sentence's events between the day and the cue",
    'On Thursday, two Dunmore charities, founded in 2015, filed a lawsuit, saying it would cut the island off.',
    (t) => [quote(t, 'indirect', 'it would cut the island off', 'saying', 'two Dunmore charities')],
    null,
    null,
  ],
  [
    '"due to" as "because of" does not make the lead\'s hearing one to come',
    'On Tuesday, Judge Ann Roe sentenced Tom Vell to six years due to the harm done to the harbour.\n\n' +
      'The judge said "he never once said sorry."',
    (t) => [quote(t, 'direct', 'he never once said sorry.', 'said', 'Ann Roe')],
    '2017-05-30',
    'link/when-lead-hearing',
  ],
  [
    'must stay undated: a hearing "due to" come',
    'On Tuesday, Tom Vell was due to be sentenced by Judge Ann Roe in Dunmore.\n\n' +
      'The judge said "he never once said sorry."',
    (t) => [quote(t, 'direct', 'he never once said sorry.', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'a public act the lead dates, then the actor\'s words ("ended her bid in the 2016 race")',
    'On Wednesday, Senator Ann Roe of Dunmore ended her bid in the 2016 race for governor.\n\n' +
      'In a livestream, Roe said she had run out of money.',
    (t) => [quote(t, 'indirect', 'she had run out of money', 'said', 'Ann Roe')],
    '2017-05-31',
    'link/when-lead-statement',
  ],
  [
    "an appositive in the lead's subject and a clock time beside the day",
    "Lina Vell, Dunmore's mayor, announced her resignation shortly before midnight Friday in a video.\n\n" +
      'In her speech, Vell said she was proud of the ferry.',
    (t) => [quote(t, 'indirect', 'she was proud of the ferry', 'said', 'Lina Vell')],
    '2017-06-02',
    'link/when-lead-statement',
  ],
  [
    "must stay undated: another person's act in the lead",
    'On Wednesday, Senator Ann Roe of Dunmore ended her bid for governor.\n\nTom Hale said she had run out of money.',
    (t) => [quote(t, 'indirect', 'she had run out of money', 'said', 'Tom Hale')],
    null,
    null,
  ],
  [
    'another date since the lead dates the quote instead',
    'On Wednesday, Senator Ann Roe of Dunmore ended her bid for governor.\n\nIn March, Roe said she had run ' +
      'out of money.',
    (t) => [quote(t, 'indirect', 'she had run out of money', 'said', 'Ann Roe')],
    '2017-03',
    'link/when-cue-governed',
  ],
  [
    'an occasion of words opening the sentence before the named speaker ("In a … essay last week, X acknowledged")',
    'Ann Roe has spoken of the ferry before. In a Kestrel Times essay on Tuesday, Ann Roe acknowledged the ' +
      'islanders\' plight. "Nobody should wait a week for a boat," she wrote.',
    (t) => [quote(t, 'direct', 'Nobody should wait a week for a boat,', 'wrote', 'Ann Roe')],
    '2017-05-30',
    'link/when-narrated-speech',
  ],
  [
    "must stay undated: another person's essay",
    'Ann Roe has spoken of the ferry before. In a Kestrel Times essay on Tuesday, Tom Hale acknowledged the ' +
      'islanders\' plight. "Nobody should wait a week for a boat," she wrote.',
    (t) => [quote(t, 'direct', 'Nobody should wait a week for a boat,', 'wrote', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: the earlier date is not next to the day',
    'In 2015, after the flood on May 30, Harlow Ltd announced it would close its mill in Lemberg.',
    (t) => [quote(t, 'indirect', 'it would close its mill in Lemberg', 'announced', 'Harlow Ltd')],
    null,
    null,
  ],
  [
    "must stay undated: a month's figures are the reported words",
    "Ann Roe said last December's figures were poor for the ferry line.",
    (t) => [quote(t, 'indirect', "last December's figures were poor for the ferry line", 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'an opening "Over the weekend," before the cue\'s subject',
    'Over the weekend, the Dunmore firm Harlow Ltd confirmed reports that it would close its mill in Lemberg.',
    (t) => [quote(t, 'indirect', 'it would close its mill in Lemberg', 'confirmed', 'Harlow Ltd')],
    '2017-06',
    CUE,
  ],
  [
    'an opening "Over the weekend" with scene-setting before the cue',
    'Over the weekend in Dunmore, at a rally of ferry workers, Mayor Lina Vell said, "The pier stays open."',
    (t) => [quote(t, 'direct', 'The pier stays open.', 'said', 'Lina Vell')],
    '2017-06',
    'link/when-sentence-opener',
  ],
];

testLastDated(CASES);
