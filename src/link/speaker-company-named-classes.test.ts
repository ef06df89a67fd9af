import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A business or alliance spoken of by its kind ("the company", "the alliance"), with invented sentences, through
// the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"the company said" after a clause opening with a company\'s name: the company',
    'Norvel Foods will close two plants in Tarn, the company said on Monday, blaming weak demand.',
    ['Norvel Foods'],
  ],
  [
    '"the company reported" after a clause opening with its possessive: the company',
    "Marsh Capital's profit rose by a fifth last year, the company reported on Monday.",
    ['Marsh Capital'],
  ],
  [
    'a given name opening the name, the clause saying "its": still the company',
    'Kestrel Power will cut 900 jobs at its Keel refinery, the company said on Monday.',
    ['Kestrel Power'],
  ],
  [
    'a person opening the clause: left as written',
    'Tom Hale will retire in May, the company said on Monday.',
    ['the company'],
  ],
  [
    'a minister opening the clause: left as written',
    'Finance Minister Ola Berg will visit the plant, the company said.',
    ['the company'],
  ],
  [
    '"the company" after a name summed up as a company: that company, not a person',
    'Norvel Ridge, the Tarnish cloud company, said on Thursday it would build a data centre.\n\n' +
      'Green Keld, an environmental group, said the centre would use much water.\n\n' +
      'Construction is expected to start in the summer, the company said.',
    ['Norvel Ridge', 'Green Keld', 'Norvel Ridge'],
  ],
  [
    '"the alliance" after a named alliance: the alliance',
    'The Heathland Alliance said it would hold 40 meets on Saturday. The alliance said the meets would be peaceful.',
    ['Heathland Alliance', 'Heathland Alliance'],
  ],
  [
    '"the bank" after the bank that has spoken, its parent named after it: the bank speaking',
    'Keel Bank of Tarnia, a unit of Marsh Bank PLC, said it would redeem its preferred shares.\n\n' +
      'Keel said the notes would carry a floating rate.\n\nThe bank said it expects the payment in early May.',
    ['Keel Bank of Tarnia', 'Keel Bank of Tarnia', 'Keel Bank of Tarnia'],
  ],
  [
    '"the bank" after the only bank named, which has not spoken: that bank',
    'Ann Tull said the Bank of Tarnia would act. The bank said rates would rise.',
    ['Ann Tull', 'Bank of Tarnia'],
  ],
];

testSpeakers('company named by its kind', CASES);
