// speaker/firm-name-with-by: "Solar Panels by Dunmore Inc said" → the firm's whole name, "by" and all. Invented
// sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a firm whose name holds "by"',
    'Solar Panels by Dunmore Inc said it would cut prices in Kelso.',
    ['Solar Panels by Dunmore Inc'],
  ],
  [
    'three words before "by"',
    'Fine Oak Furniture by Tull Corp said sales in Kelso rose 5 pct.',
    ['Fine Oak Furniture by Tull Corp'],
  ],
];

// negatives: a lower-case word before "by", no legal form, one word before "by"
const UNCHANGED: SpeakerCase[] = [
  [
    'a passive before "by"',
    'Shares bought by Dunmore Inc rose, Dunmore Inc said on Monday.',
    ['Dunmore Inc'],
  ],
  ['no legal form', 'Solar Panels by Dunmore said it would cut prices in Kelso.', ['Dunmore']],
];

testSpeakers('a firm whose name holds "by"', CASES);
testSpeakers('"by" before a firm left as before', UNCHANGED);
