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
  [
    'a document with its issuer after "from": the issuer',
    'Grain prices rose sharply in March, a statement from Tarnfield said.',
    ['Tarnfield'],
  ],
  [
    'a document with a named issuer after "by": the issuer',
    'Costs of the plan rose sharply, a report by the Tarn Health Board said.',
    ['Tarn Health Board'],
  ],
  [
    'a document with a described issuer after "by": as written',
    "Costs of the plan rose sharply, a report by the city's finance watchdog said.",
    ["a report by the city's finance watchdog"],
  ],
  [
    'a document with its owner inside and a phrase after its head: the owner',
    'Costs of the plan rose sharply, a Tarn Audit Office report on the 20 biggest projects said.',
    ['Tarn Audit Office'],
  ],
  [
    "an acronym owner's document with a date after its head: the owner in full",
    "The Norland Health Agency (NHA) met on Monday. The virus has claimed many lives, according to the NHA's situation report dated March 16.",
    ['Norland Health Agency'],
  ],
  [
    'a bare "a statement" after one introduced with its issuer the paragraph before: the issuer',
    "According to a statement from Mr Lund's office, the Keel firm rigged bids for years. The practice helped Keel win contracts and raised its fees sharply, a statement said.",
    ["Mr Lund's office", "Mr Lund's office"],
  ],
  [
    "a party's slogan: the party",
    'The party unveiled its campaign on Monday. The Tarn Party\'s election slogan reads: "Keep the ports open and the trains on time."',
    ['Tarn Party'],
  ],
];

testSpeakers('issue 3 classes (3)', CASES);
