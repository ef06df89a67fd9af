import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes from a seventh round on unseen wire texts (descriptors resolved to the source quoted before),
// with invented sentences, through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    '"the spokesman" after "a spokesman for <firm>", another source quoted between: that spokesman',
    'A spokesman for Garrow Lake Corp said the bank will not comment on rumors. Some analysts said a decision would follow. The spokesman said the board meets monthly.',
    ['a spokesman for Garrow Lake Corp', 'some analysts', 'a spokesman for Garrow Lake Corp'],
  ],
  [
    '"the official" after "an official at <body>", a group between',
    'An official at the Lorne port authority said the pier would close. Dock workers said they would strike. The official said talks would go on.',
    ['an official at the Lorne port authority', 'Dock workers', 'an official at the Lorne port authority'],
  ],
  [
    'negative: "the second spokesman" is another one',
    'A spokesman for Garrow Lake Corp said the bank will not comment on rumors. Some analysts said a decision would follow. The second spokesman said the board meets monthly.',
    ['a spokesman for Garrow Lake Corp', 'some analysts', 'the second spokesman'],
  ],
  [
    'negative: no earlier spokesman, the descriptor stands as written',
    'A lawyer for Garrow Lake Corp said the bank will not comment on rumors. Some analysts said a decision would follow. The spokesman said the board meets monthly.',
    ['a lawyer for Garrow Lake Corp', 'some analysts', 'the spokesman'],
  ],
  [
    '"the agency" after a rating agency quoted just before, a company named more often: the agency',
    'Wexton Ratings Service Inc said it may upgrade Corran Corp debt of 175 mln dlrs.\n\nThe agency said the review would focus on Corran Corp cash flow and on Corran Corp ability to improve. Corran Corp shares rose.',
    ['Wexton Ratings Service Inc', 'Wexton Ratings Service Inc'],
  ],
  [
    'negative: "the agency" with a person quoted just before: not taken from that quote',
    'Tom Vell, a Corran Corp director, said the debt was sound.\n\nThe agency said the review would focus on Corran Corp cash flow.',
    ['Tom Vell', 'Corran Corp'],
  ],
  [
    'a nickname in quote marks inside a name: the person, then "he added" goes on from the same person',
    'Former champion Tomas "Tip" Rook said the vote was fair. Turnout was high in the north. "It was clean," he added.',
    ['Tomas Rook', 'Tomas Rook'],
  ],
  [
    'a nickname in curly marks, then the surname and "she added"',
    'Ann “Kit” Vell, the party chairwoman, said the vote was fair. Turnout was high. Vell said the count was clean, and she added that a recount was unlikely.',
    ['Ann Vell', 'Ann Vell', 'Ann Vell'],
  ],
  [
    'negative: a quoted word after a word that is no given name is no nickname',
    'The band “Blue” Rook played the hall. Fans said the show was fair.',
    ['Fans'],
  ],
  [
    '"he" after a Spanish firm named as a sentence subject: the person quoted before, not "Banco …"',
    'Luis Varo, president of Banco Tarel Hidalgo, said the bank would grow. Banco Tarel Hidalgo posted a profit of 12 billion pesetas last year. "We expect a good year," he said.',
    ['Luis Varo', 'Luis Varo'],
  ],
  [
    'an Italian firm with "SpA" opening the sentence before "he said"',
    'Carlo Brenti, chairman of Tessari SpA, said sales fell. Gianni Tessari SpA is based in Milan. "We had no choice," he said.',
    ['Carlo Brenti', 'Carlo Brenti'],
  ],
  [
    'a French "Compagnie" before "he said"',
    'Jean Moret, chairman of Compagnie Lafarge Dumont, said sales fell. Compagnie Lafarge Dumont is based in Lyon. "We had no choice," he said.',
    ['Jean Moret', 'Jean Moret'],
  ],
  [
    'negative: a person opening the sentence before "he said" is still the one',
    'Luis Varo, president of Banco Tarel Hidalgo, said the bank would grow. Pedro Salas posted a profit of 12 billion pesetas last year. "We expect a good year," he said.',
    ['Luis Varo', 'Pedro Salas'],
  ],
  [
    'negative: an agency the text names with the word: the role rules, not the last organisation quoted',
    'The Lorne Press Agency said the pier would close. Vell Corp said it would sue. The agency said talks would go on.',
    ['Lorne Press Agency', 'Vell Corp', 'Lorne Press Agency'],
  ],
  [
    '"the USDA official" after a person set off as "a USDA official", narration between: that person',
    'Corn stocks will fall, said Tom Vell, a USDA official in Kansas City. Prices rose sharply on Tuesday. The USDA official said the harvest was late.',
    ['Tom Vell', 'Tom Vell'],
  ],
  [
    '"the spokesman" after a person titled "spokesman" before the name, a group quoted between',
    '"Corn stocks will fall," Lorne ministry spokesman Tom Vell told Reuters. Prices rose sharply on Tuesday, traders said. The spokesman said the harvest was late.',
    ['Tom Vell', 'traders', 'Tom Vell'],
  ],
  [
    'negative: a person quoted before with another role: "the official" stands as written',
    'Corn stocks will fall, said Tom Vell, a trader in Kansas City. Prices rose sharply on Tuesday. The official said the harvest was late.',
    ['Tom Vell', 'the official'],
  ],
  [
    "negative: the descriptor's other word is not in the sentence giving the role",
    'Corn stocks will fall, said Tom Vell, an official of the Agriculture Department. Prices rose sharply on Tuesday. The USDA official said the harvest was late.',
    ['Tom Vell', 'the USDA official'],
  ],
  [
    '"the company said" when the firm is named only before its president\'s title: the firm',
    'Rook Partners Inc President Tom Vell said he and other officers agreed to sell 500,000 shares to Ann Cross, an investor. Cross will then hold a majority of the shares, Vell said. Vell will stay on as president, the company said.',
    ['Tom Vell', 'Tom Vell', 'Rook Partners Inc'],
  ],
  [
    'negative: a body with no company form before the title is not read as a firm',
    'Lorne Harbour Trust Chairman Tom Vell said he and other officers agreed to sell 500,000 shares. Vell will stay on as president, the company said.',
    ['Tom Vell', 'the company'],
  ],
];

testSpeakers('speaker classes, issue 3 (7)', CASES);
