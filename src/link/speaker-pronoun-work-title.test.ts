// speaker/pronoun-nearest-name: a capitalised run with a function word inside ("Tales Of The City", "Do The
// Right Thing") or opening on "The" is a film's or book's title, no person for "she said". Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"she" after a title with "Of The" inside: the actress before it',
    'Mara Lind starred in Tales Of The City. "It was fun," she said.',
    ['Mara Lind'],
  ],
  [
    '"she" after a title with "The" inside: the director before it',
    'Critics praised Mara Lind after the release of Do The Right Thing. "It was a hard shoot," she said.',
    ['Mara Lind'],
  ],
  [
    '"she" after a title opening on "The"',
    'The prize went to Mara Lind for The Long Road Home. "I am thrilled," she said.',
    ['Mara Lind'],
  ],
  // negative: a person named after the title is still the nearest name
  [
    '"she" after a title and then a person: the person',
    'Alan Ward starred in Tales Of The City with Mara Lind. "It was fun," she said.',
    ['Mara Lind'],
  ],
];

testSpeakers('a title is no person for a pronoun', CASES);
