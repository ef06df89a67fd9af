import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Invented sentences. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"Owner\'s Name unit said": the unit\'s name',
    "Norvel Motor Co's Norvel Credit unit said on Tuesday it would raise rates.",
    ['Norvel Credit'],
  ],
  [
    '"Owner\'s Name Corp subsidiary said": an organisation\'s name',
    "Tarn Bowes Inc's Dictaphone Corp subsidiary said it had won the contract.",
    ['Dictaphone Corp'],
  ],
  [
    '"Owner\'s Bank of X unit said": a name joined by "of"',
    "Tarnia Corp's Bank of Tarnia unit said it sold the branch.",
    ['Bank of Tarnia'],
  ],
  [
    '"Its Name unit said …, Owner said": a name opening with the owner\'s word',
    'Its Norvel Credit unit said it would raise rates, Norvel Motor Co said.',
    ['Norvel Motor Co', 'Norvel Credit'],
  ],
  [
    '"The unit said" after the unit named: the unit',
    'Norvel Motor Co said its Norvel Credit unit would raise rates. The unit said the change takes effect on Monday.',
    ['Norvel Motor Co', 'Norvel Credit'],
  ],
  [
    '"The division said" after the division spoke',
    "Keel Corp's Keel Labs division said it had signed a deal. The division said it holds a patent on the drug.",
    ['Keel Labs', 'Keel Labs'],
  ],
  [
    '"It said" right after the unit spoke: the unit',
    "Norvel Motor Co's Norvel Credit unit said on Tuesday it would raise rates. It said demand was weak.",
    ['Norvel Credit', 'Norvel Credit'],
  ],
  // negatives: a place or a people before "unit", a capitalised "Unit" of a name, a name of no known body, no
  // unit named before
  [
    '"its British unit": as written',
    'Norvel Motor Co said on Monday that its British unit said it would close.',
    ['Norvel Motor Co', 'its British unit'],
  ],
  [
    '"The unit said" after "its British unit": as written',
    'Norvel Motor Co said its British unit would close. The unit said 300 jobs would go.',
    ['Norvel Motor Co', 'the unit'],
  ],
  [
    '"the Strategy Unit": a name\'s own word, the name',
    'The Harbour Strategy Unit said most firms were doing well.',
    ['Harbour Strategy Unit'],
  ],
  [
    '"its Consumer Products division": no word of a name the text gives, as written',
    'Keel Corp said its Consumer Products division would be sold. The division said it expected a buyer soon.',
    ['Keel Corp', 'the division'],
  ],
];

testSpeakers('a unit, subsidiary or division speaks as its name', CASES);
