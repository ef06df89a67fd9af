import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A cue shared with the clause before it ("and said", ", saying") whose mention sat inside that clause: the
// subject of the sentence's own clause. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a participle after a verb\'s object ("rejected that idea saying")',
    'Mr Hale has rejected that idea saying intercept evidence is only a small part of the case.',
    ['Hale'],
  ],
  [
    'a participle phrase after the noun opening the sentence, then "and said"',
    "Police investigating Ann Roe's death dismissed its influence and said the game was not part of the case.",
    ["Police investigating Ann Roe's death"],
  ],
  [
    'an embedded "how" clause, then "but said"',
    'The bank gave no details of how the records disappeared, but said they had probably not been stolen.',
    ['the bank'],
  ],
  [
    'an embedded "which" clause, then "and say"',
    'Analysts are divided over which approach is best and say that this latest turn is a surprise.',
    ['Analysts'],
  ],
  [
    'a verb\'s object with a relative participle, then "and said"',
    'The Norland government announced the tests by a military laboratory found the toxin, and said there was clear proof.',
    ['the Norland government', 'the Norland government'],
  ],
  [
    'a participle after a preposition\'s object of a verb ("decided not to play for the federation saying")',
    'Ida Marsk decided not to play for the Norland Chess Federation saying it was not a good fit.',
    ['Ida Marsk'],
  ],
  [
    'a participle after "despite" and its object: that object speaks (unchanged)',
    'The minister insisted nothing had changed, despite Harbour Watch claiming the port had been sold.',
    ['the minister', 'Harbour Watch'],
  ],
  [
    "a report verb before the mention: the reported clause's subject speaks (unchanged)",
    'Ola Brandt said the guard told him the gate had been open and suggested he had been seen.',
    ['Ola Brandt', 'the guard', 'the guard'],
  ],
  [
    "a relative clause's coordinated verb (unchanged)",
    'The paper also spoke to the coast guard, who told it this was unconfirmed and noted no ransom had been paid.',
    ['the coast guard', 'the coast guard'],
  ],
];

testSpeakers('speaker of a shared cue', CASES);
