// speaker/pronoun-sentence-organisation: an "it" in a clause hanging on a sentence whose subject is an organisation
// is that organisation, not a firm its appositive names in passing; and an "it" after a newspaper's report, or
// after a sentence a bracketed firm opens, goes on from that source. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'the subject organisation over the parent its appositive names',
    'Workers at the Dorrin plant stayed out, union spokesman Ann Kell said.\n\nIn May, Harbin Meats Packers Inc, a unit of Tarvel Chemical Corp, shut its plant at Ellow because it said the strike had cost too much.',
    ['Ann Kell', 'Harbin Meats Packers Inc'],
  ],
  [
    'a newspaper that reported just before is the "it" that goes on',
    'Norvel Radio Group will open a plant in the port of Vessa, the Lorne Daily said. It said the plant would employ 300 people.',
    ['Lorne Daily', 'Lorne Daily'],
  ],
  [
    'a firm in brackets opening the sentence before',
    '(Keswin Holdings Inc) said 90 pct of Brantle Tools Ltd shares had been tendered under its offer. It said it would buy the rest.',
    ['Keswin Holdings Inc'],
  ],
];

// negatives: the subject is a person; another firm named between the subject and "it"
const UNCHANGED: SpeakerCase[] = [
  [
    'a person as the subject: no organisation to give',
    'Ann Kell, a director of Tarvel Chemical Corp, quit in May because she said the board had misled her.',
    ['Ann Kell'],
  ],
  [
    'another firm after the verb: the rule stays out',
    'Harbin Meats Inc sold its stake to Tarvel Chemical Corp after it said the price was fair.',
    ['Tarvel Chemical Corp'],
  ],
];

testSpeakers('an "it" goes to the organisation its sentence is about', CASES);
testSpeakers('an "it" the rule leaves alone', UNCHANGED);
