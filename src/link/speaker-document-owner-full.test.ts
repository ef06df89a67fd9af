import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A poll or survey named again by a short owner ("the Tarnview poll") after its owner was named in full, with
// invented sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"The Tarnview poll said" after "A Tarnview University poll": the university',
    'A Tarnview University poll released Monday found that 40 percent of voters back the plan. ' +
      'The Tarnview poll said support had risen since January.',
    ['Tarnview University', 'Tarnview University'],
  ],
  [
    '"according to the Tarnview poll" in a later paragraph: the university',
    'A Tarnview University poll released Monday found that 40 percent of voters back the plan.\n\n' +
      'The rise was steep, according to the Tarnview poll.',
    ['Tarnview University', 'Tarnview University'],
  ],
  [
    'a research centre named in full with its survey: the centre for "the Keel survey"',
    'Support is rising, a Keel Research Center survey found. The Keel survey said rents rose.',
    ['Keel Research Center', 'Keel Research Center'],
  ],
  [
    "the owner in full only with another document's word: the poll as written",
    'A Tarnview University study found that rents rose. A Tarnview poll released Monday found that 40 percent back the plan.',
    ['Tarnview University', 'Tarnview poll'],
  ],
  [
    'no fuller owner in the text: the poll as written',
    'The Tarnview poll found that 40 percent back the plan.',
    ['Tarnview poll'],
  ],
];

testSpeakers('document owner named in full earlier', CASES);
