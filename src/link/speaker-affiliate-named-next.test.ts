// speaker/affiliate-named-next: "a TV host", "a Labour MP" described, then named in the next sentence with the
// affiliation's possessive ("Vell TV's Tom Orr said"). Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a TV host named next with the channel',
    "Ada Kray reacted angrily to a TV host's suggestion that not all money raised would go to the pier. Vell TV's Tom Orr said he would be watching the money.",
    ['Tom Orr', 'Tom Orr'],
  ],
  [
    'a station presenter named next with the station',
    "A Vell FM presenter said the port should close. Vell FM's Ola Brisk told listeners it was unsafe.",
    ['Ola Brisk', 'Ola Brisk'],
  ],
  [
    'a Radio presenter named next',
    "A Lorne Radio presenter claimed the pier was unsafe. Lorne Radio's Ida Marsk said the boards were rotten.",
    ['Ida Marsk', 'Ida Marsk'],
  ],
  // negatives: no shared affiliation; a definite descriptor; no capitalised affiliation
  [
    'another affiliation named next',
    "A TV host said the pier was unsafe. Lorne Radio's Tom Orr said it was sound.",
    ['a TV host', 'Tom Orr'],
  ],
  [
    'no affiliation in the descriptor',
    "A local host said the pier was unsafe. Vell TV's Tom Orr said it was sound.",
    ['a local host', 'Tom Orr'],
  ],
];

testSpeakers('speaker/affiliate-named-next', CASES);
