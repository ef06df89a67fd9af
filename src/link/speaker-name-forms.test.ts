// Speaker name forms (issue #3, held-out judging): a company whose 's is part of its name keeps it; an outlet
// or body keeps the words of its name. Invented text only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameWithPossessive } from './speaker-name-possessive.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';
import { organisationWrittenWhole } from './speaker-written-whole.js';

const CASES: SpeakerCase[] = [
  [
    'a surname opened by "al-": the whole name for the surname and the pronoun after it',
    'Output will stay steady, oil minister Samir al-Khatib said on Monday. But he said demand was weak.\n\nAl-Khatib said prices would hold.',
    ['Samir al-Khatib', 'Samir al-Khatib', 'Samir al-Khatib'],
  ],
  [
    '"<name>\'s said" after "<name>\'s Ratings Service Inc" → the fuller name',
    "Ashby's Ratings Service Inc cut the bonds of Keel Corp on Monday.\n\nAshby's said the company's debt had doubled since 1990.",
    ["Ashby's Ratings Service Inc"],
  ],
  [
    '"Standard and <name>\'s said" → the name with its \'s',
    "Standard and Tolley's said the action reflected a change in the terms of the notes.",
    ["Standard and Tolley's"],
  ],
  [
    '"Mr <name>\'s report said" → the person, not a name with \'s',
    "Pell Varga led the review.\n\nMr Varga's report said growth had stalled.",
    ['Pell Varga'],
  ],
  [
    '"<country>\'s <company> said" → the company, its country no part of the name',
    "Norway's Tarsk Holm Vedlag AB said it had bought half of its rival.",
    ['Tarsk Holm Vedlag AB'],
  ],
  [
    '"<country>\'s <one-word company> warned" → the company',
    "France's Velmora warned that its profits may fall this year.",
    ['Velmora'],
  ],
  [
    '"<country>\'s <ministry of> said" → as written',
    "Norway's Ministry of Harbours said bids were invited.",
    ["Norway's Ministry of Harbours"],
  ],
  [
    '"The Post said" after "the Harbour City Post" → the newspaper in full',
    'The plan was leaked to the Harbour City Post.\n\nThe Post said the mayor knew of the plan.',
    ['Harbour City Post'],
  ],
  [
    '"the Sunday <outlet> reported" → the newspaper\'s whole name',
    'Keel Foods will sell its bakeries, the Sunday Courier reported.',
    ['Sunday Courier'],
  ],
  [
    '"according to <country abbreviation> Today" → the newspaper, not "Today"',
    'Both firms have traded since the 1970s, according to U.K. Today.',
    ['U.K. Today'],
  ],
  [
    '"the company" after "<country> <company>", shown a company ("shares in …") → the company',
    'Shares in Japan Ferrylines fell on Monday.\n\nThe company said the cuts would save money.',
    ['Japan Ferrylines'],
  ],
  [
    '"the firm" after "<country> <company>\'s profits" → the company',
    "France Vendral cut 500 jobs. France Vendral's profits fell by half.\n\nThe firm said its debt had shrunk.",
    ['France Vendral'],
  ],
  [
    '"<Title-like word> <company> Inc" always written so → the name whole',
    'Advanced Ferrule Products Inc said on Monday it would sell its plant.\n\nAdvanced Ferrule Products Inc said the sale would close in May.',
    ['Advanced Ferrule Products Inc', 'Advanced Ferrule Products Inc'],
  ],
];

testSpeakers('speaker name forms', CASES);

const POSSESSIVE: [string, string, string | null][] = [
  // [name, text, the name as the text writes it]
  ['Ashby', "Ashby's said it cut the rating.", "Ashby's"],
  [
    'Ashby',
    "Ashby's has cut the rating. Ashby's Ratings Service Inc is based in Keel.",
    "Ashby's Ratings Service Inc",
  ],
  ['Standard & Tolley', "Standard & Tolley's, which rates the bonds, was silent.", "Standard & Tolley's"],
  // a noun after the 's: a possessive
  ['Ashby', "Ashby's report found the debt had doubled.", null],
  // the name written alone too
  ['Ashby', "Ashby said it cut the rating. Ashby's has been busy.", null],
];

const WRITTEN_WHOLE: [string, string, string | null][] = [
  // [speaker, text, the name as the text always writes it]
  [
    'Ferrule Products Inc',
    'Advanced Ferrule Products Inc cut jobs. Advanced Ferrule Products Inc said so.',
    'Advanced Ferrule Products Inc',
  ],
  ['Ferrule Co', 'A. H. Ferrule Co filed papers.', 'A. H. Ferrule Co'],
  // written alone too
  ['Ferrule Products Inc', 'Advanced Ferrule Products Inc cut jobs. Ferrule Products Inc said so.', null],
  // a compound adjective, a sentence opener, a country's abbreviation: no words of the name
  ['Ferrule Products Inc', 'The Tull-controlled Ferrule Products Inc cut jobs.', null],
  ['Ferrule Products Inc', 'In Ferrule Products Inc, jobs went.', null],
  ['Harbour Board', 'The U.S. Harbour Board met.', null],
  // a day or a month after a preposition opening the clause: no word of the name
  ['Ferrule Products Inc', 'On Friday Ferrule Products Inc cut jobs.', null],
  ['Ferrule Products Inc', 'Yesterday Ferrule Products Inc cut jobs.', null],
  ['Ferrule Products Inc', 'Output fell, and in March Ferrule Products Inc cut jobs.', null],
  // a month with no preposition before it may open the name
  ['Capital Partners', 'March Capital Partners cut jobs.', 'March Capital Partners'],
  // a person's office
  ['Chess Federation President', 'Norland Chess Federation President Ann Tull spoke.', null],
];

describe('organisationWrittenWhole', () => {
  for (const [speaker, text, expected] of WRITTEN_WHOLE)
    it(`${speaker} in ${JSON.stringify(text)}`, () =>
      assert.equal(organisationWrittenWhole(speaker, text), expected));
});

describe('nameWithPossessive', () => {
  for (const [name, text, expected] of POSSESSIVE)
    it(`${name} in ${JSON.stringify(text)}`, () => assert.equal(nameWithPossessive(name, text), expected));
});
