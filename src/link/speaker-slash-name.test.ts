import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// quotes/find-mention joins a slash written without spaces between two capitalised words; the name keeps it whole.
const CASES: SpeakerCase[] = [
  [
    'a slash-joined firm after "said"',
    'Chip sales will rise, said research firm Tarnex/QRB.',
    ['Tarnex/QRB'],
  ],
  ['a slash-joined firm before "said"', 'Tarnex/QRB said chip sales would rise.', ['Tarnex/QRB']],
  [
    'a name before an appositive whose "of" is inside the phrase',
    'Tarn Oil, a wholly owned subsidiary of the Harbour/Tarn Group <HTG> said it raised crude prices.',
    ['Tarn Oil'],
  ],
  ['a company form "A/S" is still left off', 'Vessby Data A/S said sales rose.', ['Vessby Data']],
];

testSpeakers('speaker: a slash-joined name is one name', CASES);
