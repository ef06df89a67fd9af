import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Groups and descriptors in wire prose: "these officials" after officials just quoted, "they" in a clause hanging
// on a sentence a plural group opens, a plural's bare possessive ("Harris' team") — with texts that must keep
// their speakers. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a plural demonstrative descriptor after the group just quoted: that group',
    'The van was seen in Kelby, port officials said. In addition, a tape shows the van leaving, these officials said.',
    ['port officials', 'port officials'],
  ],
  [
    '"they" after a subordinator, the sentence opened by a plural group: the group',
    'The van was seen in Kelby, these officials said. Authorities sealed the port after they said the van was spotted in Kelby.',
    ['these officials', 'Authorities'],
  ],
  [
    "a plural's bare possessive before the cue: the descriptor, not the possessor",
    "Ola Harris spoke first. Harris' team said the panel skirts the limits.",
    ["Harris' team"],
  ],
  // negative cases: the speakers stay
  [
    'a plural demonstrative whose noun the previous speaker lacks stays as written',
    'The van was seen in Kelby, port officials said. These traders said the van was empty.',
    ['port officials', 'These traders'],
  ],
  [
    '"they" opening its own sentence is not the subordinate clause\'s group',
    'The van was seen in Kelby, port officials said. They said the van was empty.',
    ['port officials', 'port officials'],
  ],
];

testSpeakers('link: plural groups and descriptors', CASES);
