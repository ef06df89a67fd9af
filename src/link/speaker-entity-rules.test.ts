import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// [construction, text, speakers of the quotes in text order] — with the entity layer
const CASES: SpeakerCase[] = [
  [
    'a name followed by "of <firm>" is the person',
    '"Sales will recover," said analyst Harold Benn of Corvel Securities Inc.',
    ['Harold Benn'],
  ],
  [
    'a firm\'s possessive before a surname: "Corvel\'s Benn"',
    'Harold Benn of Corvel Securities Inc expects a recovery.\n\n"The worst is over," Corvel\'s Benn said.',
    ['Harold Benn'],
  ],
  [
    'a surname with a suffix → the full name with it',
    'Chairman Edwin Marlow Jr. spoke on Monday.\n\n"We will not sell," Marlow said.',
    ['Edwin Marlow Jr'],
  ],
  [
    'a country abbreviation before a surname is not a first name',
    'Harbour Oil Co chairman Owen Tasker spoke to reporters. In the U.S. Tasker said the firm would grow.',
    ['Owen Tasker'],
  ],
  [
    'pronoun after a one-word surname ending in s keeps that person',
    'Harbour Oil Co will cut costs, Owen Silvas said.\n\nSilvas said debt would fall. "We sold the weak assets," he said.',
    ['Owen Silvas', 'Owen Silvas', 'Owen Silvas'],
  ],
  [
    'an organisation before the title is not the speaker',
    '"The files were never lost," Marvale Transit spokeswoman Ilse Brandvold said.',
    ['Ilse Brandvold'],
  ],
  [
    'a possessor is not the speaker',
    'Tobias Brandt was charged. "He is innocent," Mr Brandt\'s lawyer said.',
    ["Mr Brandt's lawyer"],
  ],
  [
    'a lower-case particle surname stays with the name',
    '"Trade will grow," said union chairperson President Abdel Karim el-Sayed of Qaron.',
    ['Abdel Karim el-Sayed'],
  ],
];

testSpeakers('speaker rules on the entity layer', CASES);
