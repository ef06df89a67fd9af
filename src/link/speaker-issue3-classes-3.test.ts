import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3's possessive owners, noun compounds and office holders, with invented sentences, through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"its claims that" after the subject of its sentence, a book\'s owner: the owner',
    "Robert Pell's new book has stirred more talk about the Varden-Lund rift with its claims that the premier broke a promise.",
    ['Robert Pell'],
  ],
  [
    '"his warning that" after a titled man as subject: the man',
    'Mr Varden hit back at the council with his warning that the bridge would close.',
    ['Varden'],
  ],
  [
    '"its claims that" opening a sentence after an organisation spoke: the organisation',
    'The Tolmar Corporation said on Monday that its profits had fallen. Its claims that prices would rise were met with scepticism.',
    ['Tolmar Corporation', 'Tolmar Corporation'],
  ],
  [
    '"its claims" with another body between the subject and it: left as written',
    'The union attacked the Keel company over its claims that wages would fall.',
    ['its'],
  ],
  [
    '"his claims" with a woman as subject: left as written',
    'Ann Tull was angered by his claims that the vote was rigged.',
    ['his'],
  ],
  [
    'a trailing attribution to a descriptor with a noun compound',
    'Prices will rise next year, the economics think tank said.',
    ['the economics think tank'],
  ],
  [
    "an -ing word inside a board's descriptor: one quote, the board",
    'The crop reporting board said the harvest was poor.',
    ['the crop reporting board'],
  ],
  [
    'an office then a holder with two given names: the name',
    'The cabinet includes Minister for Ports Ann Marie Tull, who said the docks would reopen.',
    ['Ann Marie Tull'],
  ],
  [
    'an office list then a holder with two given names: the name',
    'Minister for Roads, Rail and Ports Ann Marie Tull said the docks would reopen.',
    ['Ann Marie Tull'],
  ],
  [
    'a holder with two given names, later by title and surname: the name',
    'The new cabinet: Minister for Ports Ann Marie Tull; Minister for Health Ola Berg. The docks will reopen, Ms Tull said.',
    ['Ann Marie Tull'],
  ],
];

testSpeakers('issue 3 classes (3)', CASES);
