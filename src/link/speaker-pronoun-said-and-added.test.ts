// Pronouns: "He said … and added" opens a statement (narration subject, not going on), an office ("Harbour
// Commissioner") is no name for "he", "they" after a plural group with a capitalised word. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"He said … and added" after a narration subject: that subject, not the one sworn in',
    'Mayor Tom Vell and his aides met at a lunch, officials said.\n\nAn official suggested that a comment might come later.\n\nTom Vell made no mention of the harbour at the swearing in of Carl Kroll.\n\nHe said this month would set a record and added that figures had sent a message of "steady as she goes."',
    ['officials', 'an official', 'Tom Vell'],
  ],
  [
    'an office after the last name is no name for "he"',
    'Tom Vell spoke at the swearing in of Ann Kroll as Harbour Commissioner.\n\nHe said the harbour would set a record this month.',
    ['Tom Vell'],
  ],
  // negative: "he added" after a quote goes on from its speaker
  [
    '"he added" after a named speaker: that speaker',
    '"The pier will reopen," said Tom Vell. Carl Kroll was sworn in. "It is a good day," he added.',
    ['Tom Vell', 'Tom Vell'],
  ],
  [
    '"they" after a plural group with a place word: the group as written',
    'The Lorne relatives have left unclear whether they will hand over the boat. In hopes of trumping the law, they have demanded that a panel of judges decide the fate of the boat.',
    ['the Lorne relatives'],
  ],
  // negative: a group governed by a preposition is no subject
  [
    '"they" after a group that is an object: not the group',
    'The Lorne Harbour Board met with Tarn families on Monday. They said that a panel of judges should decide the fate of the boat.',
    ['Lorne Harbour Board'],
  ],
];

testSpeakers('pronouns: said and added, offices, they after a group', CASES);
