// speaker/lead-business-named-next: a lead's one business described ("A bookmaker") is the name the next sentence
// opens with as its subject. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a bookmaker named next',
    'Bets off on ferry race\n\nA bookmaker has stopped taking bets on the ferry race after claiming the result had been leaked.\n\nVell Hill made the move after a run of large bets.',
    ['Vell Hill'],
  ],
  // negatives: a person descriptor; the name later in the article; no name opening the next sentence
  [
    'a person described',
    'A pilot has said the pier is unsafe.\n\nTom Orr made the claim after a storm.',
    ['a pilot'],
  ],
  [
    'no name opening the next sentence',
    'A retailer has said sales fell in May.\n\nThe figures came after a wet spring.',
    ['a retailer'],
  ],
];

testSpeakers('speaker/lead-business-named-next', CASES);
