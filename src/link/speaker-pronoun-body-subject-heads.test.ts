// speaker/pronoun-body-subject with more body heads ("association", "conference", "exchange" …) and a slash inside
// the body's words: invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"It said" after a shipping conference described with slashes',
    'The Tarn/Lorne-Kelso/Tarn shipping conference said it would cut surcharges on shipments to Kelso ports to three pct.\n\nIt said surcharges on shipments to other ports would be reduced to 3.0 pct from 4.5.',
    ['the Tarn/Lorne-Kelso/Tarn shipping conference', 'the Tarn/Lorne-Kelso/Tarn shipping conference'],
  ],
  // negative: a named association keeps its name
  [
    '"It said" after a named association',
    'The Lorne Grain Association said exports rose to a record in May.\n\nIt said imports would fall in June.',
    ['Lorne Grain Association', 'Lorne Grain Association'],
  ],
];

testSpeakers('"it" after a described body with more heads', CASES);
