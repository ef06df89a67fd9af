import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Later sources of a story of its publication day (or of the day before its lead gives), tied to the lead's event
// by a word of its kind or by the occasion's place (invented people and places; published on Sunday 2017-06-04).
const RULE = 'link/when-event-tie';
const BLAST =
  'Twenty people were hurt tonight by an explosion at the Dunmore ferry terminal.\n\n' +
  '"We see no link to terror," Mayor Ann Roe told reporters.\n\n';
const ROE = (t: string) => quote(t, 'direct', 'We see no link to terror,', 'told reporters', 'Ann Roe');
const CEREMONY =
  'Premier Ola Brisk, dedicating the Tarn Maritime Museum on Saturday, said it told the story of the port.\n\n';
const BRISK = (t: string) => quote(t, 'indirect', 'it told the story of the port', 'said', 'Ola Brisk');

const CASES: WhenCase[] = [
  [
    'a second official speaks of the event ("the cause of the blast")',
    `${BLAST}"The cause of the blast has not been found," said Police Chief Tom Hale.`,
    (t) => [ROE(t), quote(t, 'direct', 'The cause of the blast has not been found,', 'said', 'Tom Hale')],
    '2017-06-04',
    RULE,
  ],
  [
    'the sentence before names it ("Asked about the bomb, …")',
    `${BLAST}Asked about the device that caused the explosion, Police Chief Tom Hale said, "Not going into that."`,
    (t) => [ROE(t), quote(t, 'direct', 'Not going into that.', 'said', 'Tom Hale')],
    '2017-06-04',
    RULE,
  ],
  [
    'placed at a later press briefing',
    `${BLAST}Governor Cal Orr, at a later press briefing, said, "We are sending help to Dunmore."`,
    (t) => [ROE(t), quote(t, 'direct', 'We are sending help to Dunmore.', 'said', 'Cal Orr')],
    '2017-06-04',
    RULE,
  ],
  [
    'a speaker at the ceremony the lead dates the day before',
    `${CEREMONY}Admiral Tom Wills spoke after the dedication.\n\n"This museum belongs to every sailor," Wills said.`,
    (t) => [BRISK(t), quote(t, 'direct', 'This museum belongs to every sailor,', 'said', 'Tom Wills')],
    '2017-06-03',
    RULE,
  ],
  [
    'must stay undated: a passer-by set off by age and town',
    `${CEREMONY}Ada Kray, 61, of Lemberg, who watched the ceremony, said it brought back memories of her father.`,
    (t) => [BRISK(t), quote(t, 'indirect', 'it brought back memories of her father', 'said', 'Ada Kray')],
    null,
    null,
  ],
  [
    'must stay undated: words remembering another time ("had toured it last week")',
    `${CEREMONY}Ivo Pell watched the ceremony from the quay.\n\nPell said he had toured the museum last week.`,
    (t) => [BRISK(t), quote(t, 'indirect', 'he had toured the museum last week', 'said', 'Ivo Pell')],
    null,
    null,
  ],
  [
    'must stay undated: an earlier interview',
    `${BLAST}Police Chief Tom Hale told the Dunmore Post in an earlier interview that the bomb squad was short of staff.`,
    (t) => [ROE(t), quote(t, 'indirect', 'the bomb squad was short of staff', 'told', 'Tom Hale')],
    null,
    null,
  ],
  [
    'not dated to the lead\'s day: a quote with its own day ("on Friday")',
    `${BLAST}Police Chief Tom Hale said on Friday that the terminal's blast doors were faulty.`,
    (t) => [ROE(t), quote(t, 'indirect', "the terminal's blast doors were faulty", 'said', 'Tom Hale')],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'must stay undated: a source on another matter',
    `${BLAST}Tom Hale, who runs a cafe by the pier, said the terminal had been unsafe for years.`,
    (t) => [ROE(t), quote(t, 'indirect', 'the terminal had been unsafe for years', 'said', 'Tom Hale')],
    null,
    null,
  ],
  [
    'must stay undated: a news conference of any day',
    `${BLAST}At a news conference, Senator Ida Voss said the port needed more guards.`,
    (t) => [ROE(t), quote(t, 'indirect', 'the port needed more guards', 'said', 'Ida Voss')],
    null,
    null,
  ],
  [
    'must stay undated: comment on a ruling, which anyone may give at any time',
    'The Tarn ombudsman ruled today that the ferry toll was unlawful.\n\n"The toll is gone," said Mayor Ann Roe.\n\n' +
      'Ivo Pell, a ferry captain, said the ruling was sound.',
    (t) => [
      quote(t, 'direct', 'The toll is gone,', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the ruling was sound', 'said', 'Ivo Pell'),
    ],
    null,
    null,
  ],
];

testLastDated(CASES);
