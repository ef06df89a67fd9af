// speaker/appositive-relative: "Tarn, an oil company which has said …" — the relative report is the name's, and the
// main clause's report after it is not swallowed. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a company in apposition with a relative report',
    'Tarn Oil Corp, an oil company which has said it would sell assets, said on Monday it had found a buyer.',
    ['Tarn Oil Corp', 'Tarn Oil Corp'],
  ],
  [
    'a person in apposition with "who told"',
    'Ann Roe, a lawyer who told reporters she would appeal, said on Monday the case in Kelso was closed.',
    ['Ann Roe', 'Ann Roe'],
  ],
];

// negatives: no relative after the descriptor, a descriptor not opening the sentence after a name
const UNCHANGED: SpeakerCase[] = [
  [
    'an appositive with no relative',
    'Tarn Oil Corp, an oil company based in Kelso, said it had found a buyer.',
    ['Tarn Oil Corp'],
  ],
  [
    'a descriptor after a verb',
    'The court in Kelso heard from a lawyer who said the case was closed.',
    ['a lawyer'],
  ],
];

testSpeakers('a relative report in an appositive', CASES);
testSpeakers('an appositive left as before', UNCHANGED);
