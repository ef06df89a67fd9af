import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// An office and the field it is for (invented text): the field is no speaker; the office stands as written, and a
// person named after the whole office speaks. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'an office for a trade, no one named',
    'Lornish Minister for Trade said the port would stay open.',
    ['Lornish Minister for Trade'],
  ],
  [
    'an owner before an office for two fields',
    "Valdor's Minister for Industry and Trade denied the port would close.",
    ["Valdor's Minister for Industry and Trade"],
  ],
  [
    'the office runs on past "for" and a title word to the first name',
    'State Secretary for Foreign Affairs Tom van der Vell said the port would stay open.',
    ['Tom van der Vell'],
  ],
  // negatives: a person after the office, a known person, a titled place name, a body after the office
  [
    'a person named after the office',
    'Minister for Trade Ann Tull said the port would stay open.',
    ['Ann Tull'],
  ],
  [
    'a person named again by surname',
    'Minister for Trade Xavi Vell said the port would stay open. Vell said it was so.',
    ['Xavi Vell', 'Xavi Vell'],
  ],
  ['a title of a place', 'The Duke of Lorne said the port would stay open.', ['Duke of Lorne']],
];

testSpeakers('office and its field', CASES);
