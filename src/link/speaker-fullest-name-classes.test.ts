import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutPostNominals } from './speaker-names.js';
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3, session 8: name classes found judging speaker/entity-name, speaker/name and speaker/fullest-name on
// unannotated text: the fullest name the article gives, without titles, letters after it or a sentence's opener.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"Sir <first name>" after "Sir <first name> <surname>": the full name',
    'Sir Alden Croft, head of the Norland Trade Board, spoke on Monday. Sir Alden said exporters needed lower taxes.',
    ['Alden Croft'],
  ],
  [
    'letters after a name (QC) are no part of it',
    'The chairman of the Norland Bar, Perry Ashdale QC, warned that the courts were "close to breaking point this winter".',
    ['Perry Ashdale'],
  ],
  [
    'letters after a name (MP) are no part of it',
    '"The sums do not add up," said Tessa Marwick MP.',
    ['Tessa Marwick'],
  ],
  [
    'a surname two people share: the one the article names most, not the relative named last',
    "Senator Joel Harrow attacked the budget on Monday. Harrow said taxes would fall. Harrow also met farmers in Dunmore. Mayor Ann Pike said the visit was welcome. The senator's son, Kevin Harrow, runs a bank in Dunmore.\n\nHarrow argued that the budget had no plan for farms.",
    ['Joel Harrow', 'Ann Pike', 'Joel Harrow'],
  ],
  [
    'a party named with its adjective is named whole',
    'The Liberal Democrats say the plan is unworkable.',
    ['Liberal Democrats'],
  ],
  [
    'an executive body named with its nationality is named whole',
    'The Norlandic Executive said the law would not change.',
    ['Norlandic Executive'],
  ],
  [
    'an office written with capitals is a descriptor, not a name',
    'Talks on the treaty will resume tomorrow, a U.S. Spokesman said.',
    ['a U.S. Spokesman'],
  ],
  [
    'a surname opened by a particle and a hyphen',
    'The bomb was left in a market, stated Minister of Information Karim al-Hadrami.',
    ['Karim al-Hadrami'],
  ],
  [
    'an adjective made with a hyphen is no part of the name',
    'The Dunmore-based Harwick Exchange said it would raise its dividend. Harwick Exchange said profits rose.',
    ['Harwick Exchange', 'Harwick Exchange'],
  ],
  [
    '"<day word>, <subject>, announced": the subject, not the day word',
    "Yesterday, Norland's transport minister, Ola Brandt, announced that fares would rise in June.",
    ['Ola Brandt'],
  ],
  [
    '"sources close to <body>": the sources, not the body',
    'The board had sought higher prices, sources close to the Norland Coffee Board said.',
    ['sources close to the Norland Coffee Board'],
  ],
];

testSpeakers('fullest names (issue 3, session 8)', CASES);

describe('withoutPostNominals', () => {
  const cases: [string, string][] = [
    ['Perry Ashdale QC', 'Perry Ashdale'],
    ['Tessa Marwick MP', 'Tessa Marwick'],
    ['Ola Berg OBE', 'Ola Berg'],
    // a seat's member, not a person's name
    ['Dunmore North MP', 'Dunmore North MP'],
    ['Salford MP', 'Salford MP'],
    ['Perry Ashdale', 'Perry Ashdale'],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(withoutPostNominals(input), expected));
});

// the name index: names after a first name that is also a noun, after an office, with letters after them
const INDEX_CASES: SpeakerCase[] = [
  [
    '"Bill <surname>" is a person, not a bill',
    'The boat sank at dawn, said Dunmore County Sheriff Bill Tarrow. Tarrow said 20 people were rescued.',
    ['Bill Tarrow', 'Bill Tarrow'],
  ],
  [
    '"<chamber> <office> Whip <name>": the name after the office',
    'Senate Minority Whip Ola Brenner spoke on Tuesday. Brenner said the vote would fail.',
    ['Ola Brenner'],
  ],
  [
    '"Mr <surname>" after "<name> QC": the name without the letters',
    'The lawyer Ian Corrow QC resigned from the panel. Mr Corrow said the law was unjust.',
    ['Ian Corrow'],
  ],
  [
    '"R and T said" after the firm spelled out: its name as written',
    "Rowan and Tull's Corp said on Monday it had cut the rating of Norvel Inc debt.\n\nR and T said the outlook for the company was negative.",
    ["Rowan and Tull's Corp", "Rowan and Tull's Corp"],
  ],
];

testSpeakers('the name index (issue 3, session 8)', INDEX_CASES);
