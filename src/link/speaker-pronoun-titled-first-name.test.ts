// speaker/pronoun-previous-speaker: a "he" goes on from a spokesman whose surname is a place's word ("Tom Lake"),
// which the entity layer may read as a place, not from the firm that spoke before him. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a spokesman named "Lake" goes on as "he"',
    'Norvel Oil said on Monday that the sale of its unit was illegal and that it would sue. Norvel is seeking damages.\n\n"We believe the sale was illegal," Norvel spokesman Tom Lake told the Vessa Times. "If they export the oil, they will be selling stolen goods," he added.',
    ['Norvel Oil', 'Tom Lake', 'Tom Lake'],
  ],
];

// negatives: "she" is no Tom; a place alone is no "he"
const UNCHANGED: SpeakerCase[] = [
  [
    'a place that spoke as its government is no "he"',
    'Ann Kell, the mayor, said the port would reopen. Lake Vessa said it would send aid. "We are ready," she added.',
    ['Ann Kell', 'Lake Vessa', 'Ann Kell'],
  ],
];

testSpeakers('a "he" goes on from a titled person with a place-word surname', CASES);
testSpeakers('a "he" or "she" the titled-person check leaves alone', UNCHANGED);
