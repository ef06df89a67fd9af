import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// "the home secretary" is not the one a later sentence gives a rank the office lacks ("Shadow home secretary"),
// with invented sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'the next sentence names the shadow holder, a capitalised rank: the subject of the lead',
    'Ann Lee sorry over plan\n\nAnn Lee has apologised to MPs after the ministry announced a review.\n\n' +
      'The home secretary confirmed the review was to get under way soon. Shadow home secretary Tom Berg welcomed the apology.',
    ['Ann Lee'],
  ],
  [
    'a later sentence names the shadow holder: not him',
    'Ann Lee has spoken of her plans for the first time.\n\nThe home secretary said she was a great believer in personal responsibility. ' +
      'Shadow home secretary Tom Berg said the plans were weak.',
    ['Ann Lee', 'Tom Berg'],
  ],
  [
    'the holder named later with no rank: the holder',
    'The review was announced on Monday.\n\nThe home secretary said the review would start soon. ' +
      'Home Secretary Ann Lee told MPs it was overdue.',
    ['Ann Lee', 'Ann Lee'],
  ],
];

testSpeakers('role holder with a rank', CASES);
