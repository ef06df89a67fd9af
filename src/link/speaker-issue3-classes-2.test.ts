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
  [
    'an office for a list of subjects with commas and "and", then the holder\'s name: the name',
    'Schools will get more money. Minister for Roads, Rail and Ports Ida Marsk said the scheme would open in May.',
    ['Ida Marsk'],
  ],
  [
    'a "Secretary of State for" list, several words in its last subject: the name',
    'Secretary of State for Culture, Media and Rural Affairs Tom Varnholm said the fund was open.',
    ['Tom Varnholm'],
  ],
];

testSpeakers('issue 3 classes, second set', CASES);
