import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speakers named by a title and one name, and by long descriptors (invented text).
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a king named by title and one name is not the other person with that word as surname',
    'Valdor\'s Omar Halim said the border would stay shut. King Halim of Ostrava met the envoy on Monday.\n\n"Our port stays open to all," Halim said.',
    ['Omar Halim', 'King Halim'],
  ],
  [
    'the king first, then a full name ending in the same word',
    'King Halim of Ostrava said the port would stay open. Later, Omar Halim said the border would stay shut.',
    ['King Halim', 'Omar Halim'],
  ],
  [
    'a "he" the entity layer joins to the king is the king',
    'Valdor\'s Omar Halim said the border would stay shut. King Halim of Ostrava met the envoy.\n\n"Our port stays open to all," Halim said. He also said of trade: "There are no ships at the moment." The monarch met Omar Halim this week, but he told reporters he had no message from Valdor.',
    ['Omar Halim', 'King Halim', 'King Halim', 'King Halim'],
  ],
  [
    'a king named twice joins himself',
    'King Halim said the port would stay open. "We will trade with all," King Halim said.',
    ['King Halim', 'King Halim'],
  ],
  [
    '"they" goes on from a group with capitalised modifiers ("Valdorian officials")',
    'Ostrava said the border would stay shut. Valdorian officials claim the talks have stalled. In the first days, they note, the convoy turned back twice.',
    ['Ostrava', 'Valdorian officials', 'Valdorian officials'],
  ],
  [
    "an inverted cue: a descriptor's participle phrase to the sentence end is part of the speaker",
    '"The dam will hold," says one senior engineer involved in the repairs. The engineer adds that "the rain is the risk."',
    ['one senior engineer involved in the repairs', 'one senior engineer involved in the repairs'],
  ],
  [
    '"according to" a descriptor with a relative clause to the sentence end',
    'In Ostrava, the rebels have ringed the airport with guns, according to a Valdorian officer who spoke on condition of anonymity.',
    ['a Valdorian officer who spoke on condition of anonymity'],
  ],
  [
    'a descriptor with a time phrase after it is not widened past a comma',
    '"The dam will hold," said one engineer, speaking on Monday.',
    ['one engineer'],
  ],
  [
    'a determiner opening a capitalised run ("Other Vantor …") is no first name',
    'Other Vantor campaign officials said the tour would go on. Mr. Vantor acknowledged that the polls were tight.',
    ['other Vantor campaign officials', 'Vantor'],
  ],
  [
    'a surname two people share: the pronoun opening the report gives the gender',
    'Tomas Vantor unveiled the plan. His daughter Ilse Vantor wrote in a column that mothers would gain. Vantor says he would pay for it by cutting waste.',
    ['Ilse Vantor', 'Tomas Vantor'],
  ],
  [
    'the same with "she"',
    'Ilse Vantor wrote that mothers would gain. Her father Tomas Vantor unveiled the plan. Vantor said she would campaign in May.',
    ['Ilse Vantor', 'Ilse Vantor'],
  ],
  [
    '"the company" right after another organisation spoke goes on from it, not the story\'s main firm',
    'Norvik Chips Corp said its new chip had a flaw. Norvik Chips Corp said the flaw was rare. Norvik Chips Corp shares fell.\n\nDalton Systems Inc said it found the flaw first. Because of the delay, however, the company said it would ship in May.',
    ['Norvik Chips Corp', 'Norvik Chips Corp', 'Dalton Systems Inc', 'Dalton Systems Inc'],
  ],
  [
    '"she" after a sentence opening with a plural group goes on from the woman who spoke',
    'Ms. Ilse Varga says the war has made a nation of widows. Valdorian Women have become the sole support of their families. She says this puts their homes at risk.',
    ['Ilse Varga', 'Ilse Varga'],
  ],
  [
    'the first part of a hyphened company name stands for the company',
    'Ann Lee works at Harrow-Kessel Co in Leeds. Harrow announced last week that it planned to ship a new chip in May.',
    ['Harrow-Kessel Co'],
  ],
  [
    'a list of names opening the sentence is the subject, and "they" goes on from it',
    'Dorn, Harrow-Kessel and others say Norvik is not wholly to blame. The real culprits, they said, are makers such as Vell that shipped early.',
    ['Dorn, Harrow-Kessel and others', 'Dorn, Harrow-Kessel and others'],
  ],
];

testSpeakers('titles and descriptors', CASES);
