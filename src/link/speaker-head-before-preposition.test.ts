import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// The speaker written before "of/at/from/in …" and the organisation or place after it: the speaker, not the
// organisation. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a name, a title before it, and "of" an organisation and "in" a place',
    'Ecologist Ivo Marsh of the University of Tarnby in Kelso also said the birds had little to fear.',
    ['Ivo Marsh'],
  ],
  ['a doctor "at" a hospital', 'Dr. Anton Weil at Saint Clare said the wards were full.', ['Anton Weil']],
  [
    'a name "from" a political camp',
    'Regina Holm from the harbour camp said the plan was a mistake.',
    ['Regina Holm'],
  ],
  [
    'a name with a particle "of" a command',
    "Arnel dela Cruz of the army's Eastern Command said the rebels were to blame.",
    ['Arnel dela Cruz'],
  ],
  [
    'a day phrase opening the sentence, then a board "in" a city',
    'On Friday, the Federal Harbour Board in Dover said it approved the sale.',
    ['Federal Harbour Board'],
  ],
  [
    'an adverb opening the sentence, then a company "in" its comments',
    'Separately, Tarn Telecom in its comments told the court that the merger would hurt rivals.',
    ['Tarn Telecom'],
  ],
  [
    'a name set off before its role "of" a commission "on" a subject',
    'Ivo Marsh, Chairman of the Presidential Commission on Fair Trade (PCFT) told reporters that funds had been hidden.',
    ['Ivo Marsh'],
  ],
  [
    'a plural common noun opening the sentence keeps its phrase',
    'Traders in Kelso said the port had issued new licences.',
    ['traders in Kelso'],
  ],
  [
    'critics "of" a measure',
    'Critics of the levy argue that it is a step backwards.',
    ['critics of the levy'],
  ],
  [
    'supporters "of" a named candidate: the group, not the candidate',
    'Supporters of Republican Ann Tull for governor say that the plan is bad.',
    ['supporters of Republican Ann Tull'],
  ],
  [
    'a role written before a name, the role\'s own "for": the name (unchanged)',
    'Deputy Minister of Harbours for coastal policy Ivo Marsh said he expected a deal.',
    ['Ivo Marsh'],
  ],
  [
    'a document "from" its issuer: the issuer (unchanged)',
    'A report from the port authority said the docks were unsafe.',
    ['the port authority'],
  ],
  [
    'an agency "in" a year',
    'The Dorset Planning Unit in 2003 said rents were rising fastest in the north.',
    ['Dorset Planning Unit'],
  ],
  [
    'a role before a name after a show title with "in": the name',
    'Longtime Dawn in the Valley producer and writer Robert Tarrant said he was a gentle boss.',
    ['Robert Tarrant'],
  ],
];

testSpeakers('speaker before a preposition', CASES);
