// speaker/pronoun-reporter-goes-on: an "it" after the words it reports goes on from the organisation that reported
// in the sentences just before, not a firm those words name in passing. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a firm named inside the words, the ministry reporting two short paragraphs before',
    'The Lorne Farm Ministry has accepted bids for grain exports to Vessa, the ministry said.\n\n    The Lorne Farm Ministry said the bonuses averaged 116 dlrs per tonne.\n\n    The shipments run from March to May.\n\n    The awards were made to Keel Grain Co and will be paid in grain, it said.',
    ['Lorne Farm Ministry', 'Lorne Farm Ministry', 'Lorne Farm Ministry'],
  ],
];

// negatives: a person reported before is no "it"; the firm that spoke is the one the words name
const UNCHANGED: SpeakerCase[] = [
  [
    'a person spoke before: the rule stays out',
    'Ann Kell said the bonuses averaged 116 dlrs per tonne.\n\nThe awards were made to Keel Grain Co and will be paid in grain, it said.',
    ['Ann Kell', 'Keel Grain Co'],
  ],
];

testSpeakers('an "it" goes on from the organisation that just reported', CASES);
testSpeakers('an "it" the reporter rule leaves alone', UNCHANGED);
