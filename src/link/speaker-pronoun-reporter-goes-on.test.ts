// speaker/pronoun-reporter-goes-on: an "it" after the words it reports goes on from the organisation that reported
// in the sentences just before, not a firm those words name in passing. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a firm named inside the words, the ministry reporting two short paragraphs before',
    'The Lorne Farm Ministry has accepted bids for grain exports to Vessa, the ministry said.\n\n    The Lorne Farm Ministry said the bonuses averaged 116 dlrs per tonne.\n\n    The shipments run from March to May.\n\n    The awards were made to Keel Grain Co and will be paid in grain, it said.',
    ['Lorne Farm Ministry', 'Lorne Farm Ministry', 'Lorne Farm Ministry'],
  ],
  [
    'a firm named inside the words by the short name the article defines, a newspaper reporting before',
    'Norland and Tarn Electronics Group (TEG) will set up a venture in Ostra, the Keelby Herald said.\n\nIt said the venture will sell goods in the region.\n\nTEG will open two shops in Norland.\n\nTEG employs 170,000 people in 130 firms, it said.',
    ['Keelby Herald', 'Keelby Herald', 'Keelby Herald'],
  ],
];

// negatives: a person reported before is no "it"; the firm that spoke is the one the words name
const UNCHANGED: SpeakerCase[] = [
  [
    'a person spoke before: the rule stays out',
    'Ann Kell said the bonuses averaged 116 dlrs per tonne.\n\nThe awards were made to Keel Grain Co and will be paid in grain, it said.',
    ['Ann Kell', 'Keel Grain Co'],
  ],
  [
    'a person reported before the short name: the rule stays out',
    'Tarn Electronics Group (TEG) will set up a venture, Ann Kell said.\n\nTEG employs 300 people, it said.',
    ['Ann Kell', 'Tarn Electronics Group'],
  ],
];

testSpeakers('an "it" goes on from the organisation that just reported', CASES);
testSpeakers('an "it" the reporter rule leaves alone', UNCHANGED);
