import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// "the department", "The Department": the class word standing for the organisation the text named before.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'the class word capitalised, the name holding it before "of" after a modifier',
    'The Norland Department of Harbours announced new rules on Monday. The Department said the rules would cut delays.',
    ['Norland Department of Harbours'],
  ],
  [
    'the class word in lower case, a country before it',
    'The Tarn Department of Justice filed the case. The department said the firm had lied.',
    ['Tarn Department of Justice'],
  ],
  [
    'a capitalised "Bank" for the bank named before',
    'The Reserve Bank of Norland lifted rates. The Bank said it had acted to curb inflation.',
    ['Reserve Bank of Norland'],
  ],
];

testSpeakers('class word for a named organisation', CASES);
