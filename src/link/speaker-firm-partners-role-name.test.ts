import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A firm named by its partners with commas, then a person's role and name, after the cue: the person speaks.
// [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    '"said X, Y and Z analyst Name": the analyst',
    '"Oil prices are not going to crack," said Keel, Ames and Dorne analyst Ann Vell.',
    ['Ann Vell'],
  ],
  [
    '"said X, Y and Z Inc economist Name": the economist',
    '"Demand will slow this summer," said Tarrow, Finch and Holm Inc economist Peter Grale.',
    ['Peter Grale'],
  ],
  [
    'negative: the firm of partners alone',
    '"The issue is priced well," said lead manager Keel, Ames and Co Inc.',
    ['Keel, Ames and Co Inc'],
  ],
  [
    'negative: a full name before the comma',
    '"The issue is priced well," said Ann Reid, Ames and Co chairman.',
    ['Ann Reid'],
  ],
];

testSpeakers('speakers: a firm of partners, then a role and a name', CASES);
