// speaker/unit-name: "Tarn PLC's Vell unit said" → "Vell", a unit named in one word when its owner is a company
// named with its legal form. Invented sentences.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  ["a PLC's unit", "Tarn PLC's Vell unit said it would open an office in Kelso next month.", ['Vell']],
  ["a Corp's subsidiary", "Brevik Corp's Tull subsidiary said output in Kelso rose 5 pct.", ['Tull']],
];

// negatives: a person's possessive, a unit with no name of its own
const UNCHANGED: SpeakerCase[] = [
  ["a person's unit", "Ann Roe's Vell unit said it would open an office in Kelso.", ["Ann Roe's Vell unit"]],
  [
    'an unnamed unit',
    "Tarn PLC's mining unit said it would open an office in Kelso.",
    ["Tarn PLC's mining unit"],
  ],
  [
    "a people's adjective",
    "Tarn PLC's British unit said it would open an office in Kelso.",
    ["Tarn PLC's British unit"],
  ],
];

testSpeakers('a named unit of a company', CASES);
testSpeakers('a unit left as before', UNCHANGED);
