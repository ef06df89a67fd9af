import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A "they" going on from the plural group that just spoke (speaker/pronoun-previous-group,
// speaker/pronoun-plural-subject), with invented sentences. [construction, text, speakers in text order]
const CASES: SpeakerCase[] = [
  [
    'the same group word in the narration between is the group going on, not another one',
    'The krone opened weaker in Tarnby, dealers said.\n\nBut trading was thin and dealers expected no big move before the Norland budget.\n\nThe pound stayed firm as two new opinion polls showed the Vell party ahead, they said.',
    ['dealers', 'dealers'],
  ],
  [
    'a group opening its sentence is capitalised, not a name',
    'Harbour rice sold at 300 crowns a tonne on Monday, the Tarn Grain Board said. Traders said the Vell Republic might buy more rice this year. Some 1.8 mln tonnes may already have been bought, they said.',
    ['Tarn Grain Board', 'Traders', 'Traders'],
  ],
  [
    '"However, they noted" after a group opening the sentence before',
    'Norvel Systems said it would sell its fax machines in Lorne. Industry analysts said the move could anger Keel Telecom. However, they noted that it was a small step.',
    ['Norvel Systems', 'Industry analysts', 'Industry analysts'],
  ],
];

// Negatives: another group or a person in between, a name, no linking word.
const KEPT: SpeakerCase[] = [
  [
    'another group word between still stops the group going on',
    'The krone opened weaker in Tarnby, dealers said.\n\nBut trading was thin and economists expected no big move before the Norland budget.\n\nThe pound stayed firm, they said.',
    ['dealers', 'economists'],
  ],
  [
    'a plural name that is no group word stays the name it is (a firm "Hollands")',
    'Harbour rice sold at 300 crowns a tonne, the Tarn Grain Board said. Hollands said the Vell Republic might buy more rice this year. Some 1.8 mln tonnes may already have been bought, they said.',
    ['Tarn Grain Board', 'Hollands', 'Hollands'],
  ],
];

testSpeakers('a "they" going on from a plural group', CASES);
testSpeakers('a "they" going on from a plural group: negatives', KEPT);
