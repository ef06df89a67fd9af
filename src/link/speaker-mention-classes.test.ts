import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3, speaker mentions: descriptors with a hyphenated participle, a role before a name set off by commas,
// organisation names cut by the title stripping. Invented sentences, through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a hyphenated descriptor, no organisation named: the descriptor as written',
    'The Oslo-based bank said profits would rise.',
    ['the Oslo-based bank'],
  ],
  [
    'a hyphenated descriptor after the bank is named: the bank',
    'Dorn Bank cut its rates on Monday. The Oslo-based bank said profits would rise.',
    ['Dorn Bank'],
  ],
  [
    'a hyphenated business descriptor after the company spoke: the company',
    'Dorn Oil said it would cut 200 jobs. The Oslo-based company said sales fell.',
    ['Dorn Oil', 'Dorn Oil'],
  ],
  [
    'an acronym inside a hyphenated descriptor: the name the article spells out',
    'The Tarn Energy Agency (TEA) raised its forecast. The Oslo-based TEA watchdog, which advises rich nations, said demand from Asia was strong.',
    ['Tarn Energy Agency'],
  ],
  [
    'a newspaper with a hyphenated participle: its name, not the participle',
    'The Oslo-based Tarn Post newspaper reported that the strike was over.',
    ['Tarn Post'],
  ],
  [
    'a list of nouns before ", said Mr <surname>": the person the article names',
    'Foreign Secretary Piet Varnholm spoke in Oslo. Security, stability and prosperity would be the key themes in July, said Mr Varnholm.',
    ['Piet Varnholm'],
  ],
  [
    'a role word with no determiner, the name set off by commas, then the cue: the name',
    'Director, Ida Marsk, said some students could be applying early.',
    ['Ida Marsk'],
  ],
  [
    'a surname, then a name set off by commas: not a role',
    'Smith, Piet Varnholm, said the board would meet.',
    ['Smith'],
  ],
  [
    "a country's abbreviation before one word: the organisation's whole name",
    'The U.S. Mint said it would buy zinc.',
    ['U.S. Mint'],
  ],
  [
    "a country's abbreviation before an organisation's words the entity layer takes for a person",
    'The U.S. Tarn Survey said the quake struck at dawn.',
    ['U.S. Tarn Survey'],
  ],
  [
    "a country's abbreviation with no stops",
    'The US Tarn Survey reported that it was of 7.0 magnitude.',
    ['US Tarn Survey'],
  ],
  [
    'a field word that is a title only before an office: part of the name',
    'Business Tarnian reported that the strikes were carried out by rebels.',
    ['Business Tarnian'],
  ],
  [
    "a country's abbreviation before a surname of a person the article names: the person",
    'Harbour Oil Co chairman Owen Tasker spoke to reporters. In the U.S. Tasker said the firm would grow.',
    ['Owen Tasker'],
  ],
  [
    'a possessive inside the name',
    "The official People's Tarn Daily reported that the bank would grow.",
    ["People's Tarn Daily"],
  ],
  [
    'a number inside the name',
    'According to Tarn Sole 24 Ore, the government will cut taxes.',
    ['Tarn Sole 24 Ore'],
  ],
  [
    'a number inside the name before "Project"',
    'The Lost 17 Project said it found the wreck.',
    ['Lost 17 Project'],
  ],
  // (a quantity before a number is no name: not "Some 83 MPs" joined as one)
  ['a quantity before a number is no name', 'Some 83 MPs said they had heard the taunts.', ['MPs']],
];

testSpeakers('speakers: issue 3 mention classes', CASES);
