import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A person's name, a comma and an appositive with no comma closing it before the cue: the person.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a name, then an organisation and the cue',
    'Colin Varr, Kelso Hotel Association said: "We have tried very hard."',
    ['Colin Varr'],
  ],
  [
    'a name, then a role "of" a school and the cue',
    'Others dismissed the claims. Ivo Marsh, Dean of Tarn Law School called it "a truly silly argument."',
    ['Ivo Marsh'],
  ],
  [
    'a name, then a role written before the cue with no article',
    'Rhodri Vane, Harbour Party health spokesman said: "It is the same target she set in 1999."',
    ['Rhodri Vane'],
  ],
  [
    'an opening phrase ending in a name, then the subject with its article (unchanged)',
    'In an interview with hosts Ann Roe and Ida Marsk, the candidate stated that the plan "does not fit with what I knew."',
    ['the candidate'],
  ],
];

testSpeakers('name before an appositive', CASES);
