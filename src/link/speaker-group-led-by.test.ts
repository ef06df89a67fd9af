// mention/group-led-by: "A shareholder group including Ada Pell said" is the group as written, and "the group"
// after it. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a group including a named member: the group as written, and "the group" after it',
    'A shareholder group including Lorne attorney Ada Pell said it cut its stake in Brisk Ltd to 10,000 shares.\n\nIn a filing with regulators, the group said it sold 380,000 Brisk shares on October 15.',
    [
      'A shareholder group including Lorne attorney Ada Pell',
      'A shareholder group including Lorne attorney Ada Pell',
    ],
  ],
  [
    'a group led by a company: the group, not the company',
    'An investor group led by Keel Holdings Inc said it raised its stake in Brisk Ltd to 12 pct.',
    ['An investor group led by Keel Holdings Inc'],
  ],
  [
    'a group led by a company with an aside on the company: the group as written',
    'A group led by Keel Holdings, a Lorne securities partnership, said it has bought 486,400 shares of Brisk Ltd.',
    ['A group led by Keel Holdings'],
  ],
  [
    'a group led by a family of a town and its state: the group through the state',
    'An investor group led by members of the Orr family of Fort Kelby, Texas, said it cut its stake in Brisk Ltd.',
    ['An investor group led by members of the Orr family of Fort Kelby, Texas'],
  ],
  // negatives: a team is no group of this kind; a member named apart speaks for himself
  [
    'a team led by a scientist: the scientist, as before',
    'The team led by Ada Pell said the comet was older than thought.',
    ['Ada Pell'],
  ],
  [
    'a member named in his own sentence: the member',
    'A shareholder group raised its stake in Brisk Ltd to 12 pct. Ada Pell, a member of the group, said the group may seek control of the company next year.',
    ['Ada Pell'],
  ],
  [
    'a group led by a bank as the subject of the reported clause: the company that reports it',
    'Brisk Ltd plans to sell 200 mln dlrs of notes due 1997.\n\nA group led by Orr Securities Corp will underwrite the offering, the company said.',
    ['Brisk Ltd'],
  ],
];

testSpeakers('a group including or led by a named member', CASES);
