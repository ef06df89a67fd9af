// speaker/pronoun-previous-group: a "they" after the report goes on from the group that spoke just before, also when
// that group opens its sentence with a capital ("Money market dealers said …") or was named so by "the dealers".
// Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a group opening its sentence, then "the dealers", then "they"',
    'Money market dealers said the Lorne central bank would hold rates.\n\nThe dealers said the bank was likely to offer a tender next month. That should not be read as easing, they said.',
    ['Money market dealers', 'Money market dealers', 'Money market dealers'],
  ],
  [
    'a lower-case group, then "they" (unchanged)',
    'Traders said the crown would weaken. Demand for the currency was thin, they said.',
    ['Traders', 'Traders'],
  ],
  [
    'a group reported inside the last report: the group that reported it',
    'Lorne member states have given the plan a cool reception, EC diplomats said.\n\nThey said that farm representatives of most member states had said at the meeting that the changes would be too harsh.\n\nOnly two states had backed the package, they said.',
    ['EC diplomats', 'EC diplomats', 'farm representatives of most member states', 'EC diplomats'],
  ],
];

testSpeakers('a "they" after the report goes on from the group before', CASES);
