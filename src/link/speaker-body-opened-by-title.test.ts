import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A title word ("New", "General", "Southern") opening a body's name the article gives whole is no title.
// [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    '"The New X Exchange said": the exchange named whole',
    'The New Tarnby Stock Exchange said it would review trading rules for small firms.',
    ['New Tarnby Stock Exchange'],
  ],
  [
    '"General X said" after "General X Co": the firm as written, not its second word',
    'General Ovens Co said it sold a plant. General Ovens said the sale would close in May.',
    ['General Ovens Co', 'General Ovens'],
  ],
  [
    '"Southern X Y said": the utility named whole',
    'Southern Marlow Power said it signed a contract for hydroelectric power.',
    ['Southern Marlow Power'],
  ],
  [
    'negative: a general who is a person keeps his name without the rank',
    'General Oskar Vellani said the troops would stay in the valley.',
    ['Oskar Vellani'],
  ],
  [
    'negative: a president is named without the title',
    'President Dorvan said he would veto the bill on Friday.',
    ['Dorvan'],
  ],
  [
    'negative: a party word before a name is no part of a body',
    "Senator Ann Vell's successor, Republican Tom Arkin, has said he would like a seat on the panel.",
    ['Tom Arkin'],
  ],
];

testSpeakers("speakers: a title word opening a body's name", CASES);
