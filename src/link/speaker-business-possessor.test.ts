// speaker/business-possessor: "the company" right after a sentence whose subject a business owns ("Tarnex's Port
// Vell zinc smelter is halting …") goes to that owner, not the firm first named; company-continues takes a firm's
// core word ("Westmoor Tarlow Co … Tarlow said it …") as an organisation that spoke. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'the owner of the subject just before, over a firm named as often and first',
    "Brevik Mining said it would buy a stake in a Lorne mine from Tarnex. Brevik shares rose 4 pct on the news.\n\nTarnex's Port Vell zinc smelter is halting output for a month. The company said the repairs would cost 20 million dollars.",
    ['Brevik Mining', 'Tarnex'],
  ],
  [
    'a firm core word that spoke as an organisation, then "the company"',
    'Westmoor Tarlow Co said it bought a stake in Brindle Inc, a maker of pumps. Tarlow said it secured the rights to sell Brindle pumps in Lorne. The company said it paid 15 mln dlrs for the Brindle shares.',
    ['Westmoor Tarlow Co', 'Tarlow', 'Tarlow'],
  ],
];

// negatives: a person's or a place's possessive is no company
const UNCHANGED: SpeakerCase[] = [
  [
    "a person's possessive",
    "Brevik Mining said it would buy a stake in a Lorne mine. Brevik shares rose.\n\nAnn Kell's new zinc smelter is halting output. The company said repairs would cost more.",
    ['Brevik Mining', 'the company'],
  ],
];

testSpeakers('"the company" after a sentence a business owns the subject of', CASES);
testSpeakers('"the company" the possessor rule leaves alone', UNCHANGED);
