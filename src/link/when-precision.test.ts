import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Dates that belong to something other than the statement (invented people, places and outlets; published on
// Sunday 2017-06-04): the rule that would give them gives none, and the statement's own day still counts.
const CASES: WhenCase[] = [
  [
    'a day in the noun phrase that opens the reported clause after a bare "said" dates what is reported',
    'Analyst Ivo Brandt said the figures cited by the bank yesterday "look rather thin."',
    (t) => [quote(t, 'direct', 'look rather thin.', 'said', 'Ivo Brandt')],
    null,
    null,
  ],
  [
    'the day right after "said" before a partial quote still dates the saying',
    'Analyst Ivo Brandt said on Friday the figures "look rather thin."',
    (t) => [quote(t, 'direct', 'look rather thin.', 'said', 'Ivo Brandt')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'the speaker named after "said" before the day still dates the saying',
    '"We are not moving," said the harbour master on Friday.',
    (t) => [quote(t, 'direct', 'We are not moving,', 'said', 'the harbour master')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'a possessive day in the reported clause dates what is reported, not the saying',
    'Editor Mara Quill said she felt Tuesday\'s verdict might bring "some peace to the families of the miners."',
    (t) => [quote(t, 'direct', 'some peace to the families of the miners.', 'said', 'Mara Quill')],
    null,
    null,
  ],
  [
    'a possessive day right after "said" is the subject of the reported words',
    "Senator Ivo Brandt said Monday's vote showed the bill had lost its friends.",
    (t) => [quote(t, 'indirect', 'the bill had lost its friends', 'said', 'Ivo Brandt')],
    null,
    null,
  ],
  [
    'the programme a speaker told, named by its day, still dates the telling',
    'Mr Brandt told Friday\'s programme: "We are not moving on this."',
    (t) => [quote(t, 'direct', 'We are not moving on this.', 'told', 'Ivo Brandt')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'a day in the sentence after a quote that ends its own sentence',
    'The ministry statement mourned the mayor "with deep sorrow for the whole valley." Ms Quill fell ill on Saturday evening after a parade.',
    (t) => [quote(t, 'direct', 'with deep sorrow for the whole valley.', 'mourned', 'the ministry')],
    null,
    null,
  ],
  [
    'a bracketed full stop ends the sentence too',
    'Harbour historian Lena Voss told the press, "Old towns have always blamed strangers[.]" As of Tuesday the port was closed.',
    (t) => [quote(t, 'direct', 'Old towns have always blamed strangers[.]', 'told', 'Lena Voss')],
    null,
    null,
  ],
  [
    'the sentence day still dates a quote that ends its sentence',
    'On Thursday the river authority said it was "not sending inspectors at this time." Reporters asked why.',
    (t) => [quote(t, 'direct', 'not sending inspectors at this time.', 'said', 'the river authority')],
    '2017-06-01',
    'link/when-cue-governed',
  ],
  [
    'a quote ending its sentence is dated by its own day, not the one in the next sentence',
    'The board, with the latter yesterday confirming online they were "not travelling to the quarry at this time." Kell News asked about the visit, but as of today the board did not answer.',
    (t) => [quote(t, 'direct', 'not travelling to the quarry at this time.', 'confirming', 'the board')],
    '2017-06-03',
    'link/when-cue-governed',
  ],
  [
    'an occasion with its day in the sentence after a quote that ends its own sentence',
    'Ms Quill described the flood as "worse than anything in living memory." Her speech at the harbour on Friday was cheered.',
    (t) => [quote(t, 'direct', 'worse than anything in living memory.', 'described', 'Mara Quill')],
    null,
    null,
  ],
  [
    'a month still to come after the occasion noun',
    'Leader Ivo Brandt reportedly committed to a trial, anticipated to begin in May. He stated the trial would not be fair, saying he expected "a largely partisan outcome" in the chamber.',
    (t) => [quote(t, 'direct', 'a largely partisan outcome', 'saying', 'Ivo Brandt')],
    null,
    null,
  ],
  [
    'a month that qualifies another noun after the occasion noun',
    'For Green Party nominee Ada Moor, the May campaign began badly. According to the campaign, a goose chased Moor across a car park.',
    (t) => [quote(t, 'indirect', 'a goose chased Moor across a car park', 'According to', 'the campaign')],
    null,
    null,
  ],
  [
    'the occasion with its own day still dates the quote',
    'Ada Moor said at a rally on Friday that the valley "deserves a railway."',
    (t) => [quote(t, 'direct', 'deserves a railway.', 'said', 'Ada Moor')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'a day after the cue\'s "that" is in the reported clause',
    'Spokesman Tom Hale told the Courier that on Tuesday, after driving home, Roe "walked into the station and confessed".',
    (t) => [quote(t, 'direct', 'walked into the station and confessed', 'told', 'Tom Hale')],
    null,
    null,
  ],
  [
    'a day before the cue\'s "that" still dates the telling',
    'Spokesman Tom Hale, visiting the port on Tuesday, told the Courier that Roe "walked into the station and confessed".',
    (t) => [quote(t, 'direct', 'walked into the station and confessed', 'told', 'Tom Hale')],
    '2017-05-30',
    'link/when-sentence-day',
  ],
  [
    'a clock time alone names no day',
    'The mayor took to social media, posting at 11:40 pm local time, "Tonight the dam held."',
    (t) => [quote(t, 'direct', 'Tonight the dam held.', 'posting', 'the mayor')],
    null,
    null,
  ],
  [
    'a clock time with its day dates the statement',
    'The mayor took to social media, posting at 11:40 pm on Friday, "Tonight the dam held."',
    (t) => [quote(t, 'direct', 'Tonight the dam held.', 'posting', 'the mayor')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
];

testLastDated(CASES);
