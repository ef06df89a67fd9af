// speaker/group-as-written and speaker/definite-plural-source on a wire's capitals: "The U.S. Officials said" is
// "U.S. Officials", and a later "the officials" that group. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a country group opened by "The", then "the officials"',
    'The U.S. Officials said the talks in Kelso had stalled. The officials said a new round would start in June.',
    ['U.S. Officials', 'U.S. Officials'],
  ],
  [
    'a country group without "The"',
    'UK Diplomats said the envoy would return to Kelso. The diplomats said no date was set.',
    ['UK Diplomats', 'UK Diplomats'],
  ],
];

// negatives: another head, a named firm ending in a plural
const UNCHANGED: SpeakerCase[] = [
  [
    'a later head that differs',
    'The U.S. Officials said the talks in Kelso had stalled. The diplomats said a new round would start in June.',
    ['U.S. Officials', 'the diplomats'],
  ],
  [
    'a firm whose name ends in a plural',
    'Tarn Analysts said the market in Kelso would fall. The analysts said prices would recover in June.',
    ['Tarn Analysts', 'the analysts'],
  ],
];

testSpeakers('a group written in capitals after its country', CASES);
testSpeakers('a group in capitals left as before', UNCHANGED);
