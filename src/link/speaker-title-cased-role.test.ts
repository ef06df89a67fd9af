import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// link/speaker-title-cased-role: "the Treasury Secretary", a title written in capitals, is the one person the text
// titles so before the quote (invented people and places). [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    '"Treasury Secretary Ida Marn arrived …. "…," the Treasury Secretary said": Ida Marn',
    'Treasury Secretary Ida Marn arrived in Lornton for talks on the port.\n\nMarn said the budget was balanced. "We have cut waste," the Treasury Secretary said.',
    ['Ida Marn', 'Ida Marn'],
  ],
  [
    '"Tom Orr, the Finance Minister, said …. "…," the Finance Minister said": Tom Orr',
    'Tom Orr, the Finance Minister, said the budget was balanced. "We have cut waste," the Finance Minister said.',
    ['Tom Orr', 'Tom Orr'],
  ],
  // negatives
  [
    '"Deputy Finance Minister Tom Orr …. the Finance Minister said": another rank, not Tom Orr',
    'Deputy Finance Minister Tom Orr said the budget was balanced. "We have cut waste," the Finance Minister said.',
    ['Tom Orr', 'the Finance Minister'],
  ],
  [
    '"Finance Minister Tom Orr … Finance Minister Ada Kell …": two holders, no one of them',
    'Finance Minister Tom Orr met Finance Minister Ada Kell of Tarnland in Lorne. "We have cut waste," the Finance Minister said.',
    ['the Finance Minister'],
  ],
];

testSpeakers('link/speaker-title-cased-role', CASES);
