// speaker/department-short-form: a one-word short form of a department or ministry the text names whole ("the
// Tarn Department … Tarn said") is that department. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a department named first, then its first word',
    'The Forestry Department said the lease in Kelso was valid. Forestry also said it would review the permits.',
    ['Forestry Department', 'Forestry Department'],
  ],
  [
    'a ministry "of" its field, then the field alone',
    'The Ministry of Fisheries said the quota would stay. Fisheries said talks would resume in May.',
    ['Ministry of Fisheries', 'Ministry of Fisheries'],
  ],
];

// negatives: no department named, a person's surname, a longer mention
const UNCHANGED: SpeakerCase[] = [
  ['no department in the text', 'Forestry said it would review the permits in Kelso.', ['Forestry']],
  [
    'a person with a surname',
    'Ann Vell, who once ran the Forestry Department, said the lease was valid. Vell said it would be renewed.',
    ['Ann Vell', 'Ann Vell'],
  ],
];

testSpeakers('a department short form', CASES);
testSpeakers('a short form left as before', UNCHANGED);
