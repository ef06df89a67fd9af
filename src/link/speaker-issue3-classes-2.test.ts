import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// More of issue 3's general classes, each with invented sentences, through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    "an organisation's head as descriptor, the holder named elsewhere: the holder",
    'Rates were held on Tuesday after the Tarn Water Board head said inflation was still too high. Tarn Water Board chairman Mr Olund spoke in Kell. Piet Olund has led the board since 2001.',
    ['Piet Olund'],
  ],
  [
    "an organisation's head as descriptor, no holder named: the descriptor, not the organisation",
    'Rates were left unchanged on Tuesday. The Tarn Water Board head said inflation was still too high.',
    ['the Tarn Water Board head'],
  ],
];

testSpeakers('issue 3 classes, second set', CASES);
