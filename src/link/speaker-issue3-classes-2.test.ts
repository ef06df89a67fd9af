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
  [
    '"she" after a narration subject with a man\'s first name, one woman named just before: the woman',
    'Robert Varnholm met Susan Marsk on Monday. She said the vote had been fair.',
    ['Susan Marsk'],
  ],
  [
    '"she" after "his wife, <first name>": the wife, by her first name',
    'Tom Brisk arrived with his wife, ex-model Sandra, on Friday. She said the couple were delighted.',
    ['Sandra'],
  ],
  [
    '"she" after a man who spoke, a woman named in between: the woman',
    '"It was fair," Robert Varnholm said. The count was run by Susan Marsk. "We checked every box," she said.',
    ['Robert Varnholm', 'Susan Marsk'],
  ],
  [
    'a first name read as a woman\'s, the text giving the man "his": the subject stays',
    'Robin Varnholm gave his backing to Susan Marsk on Monday. He said the vote had been fair.',
    ['Robin Varnholm'],
  ],
  [
    '"she" after a man as narration subject, a woman the last speaker: the woman',
    '"It was fair," Susan Marsk said. Robert Varnholm disagreed. "We checked every box," she said.',
    ['Susan Marsk', 'Susan Marsk'],
  ],
  [
    '"the … economics think tank said" right after an organisation spoke: that organisation, not "tank"',
    'Growth will slow to 2%, the Tarn Institute said. However, the Kell-based economics think tank said it saw a recovery next year.',
    ['Tarn Institute', 'Tarn Institute'],
  ],
  [
    '"a think tank said", no organisation before: the descriptor whole',
    'Rents rose again in March. A left-leaning think tank said the rise would hurt young families.',
    ['a left-leaning think tank'],
  ],
  [
    'a head noun after a word read as a verb ("holding company"), the descriptor whole: the organisation it stands for',
    'Keel Bancorp Inc said it would sell shares. The bank holding company said each share would be convertible.',
    ['Keel Bancorp Inc', 'Keel Bancorp Inc'],
  ],
  [
    '"It said" after a report named by its author, no organisation near: the report as written',
    'Ministers met in Kell on Friday to discuss the Varnholm report on growth. It said the single market needed deeper integration.',
    ['the Varnholm report'],
  ],
];

testSpeakers('issue 3 classes, second set', CASES);
