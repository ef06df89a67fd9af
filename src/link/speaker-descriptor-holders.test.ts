import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Descriptors whose holder the article names (invented text): the name, not the descriptor as written.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  // speaker-role-named-next: an office in the lead, its holder opening the next sentence
  [
    'a lead\'s "<Place>\'s first minister has told …" → the name the next paragraph opens with',
    'Pupils warned on late nights\n\nValdor\'s first minister has told a group of pupils that it is fine to stay up late "now and then".\n\nOmar Halim was speaking to more than 50 pupils in Ostrava about sleep.',
    ['Omar Halim'],
  ],
  [
    '"the <office> has said" → the name after an opening participle phrase',
    'Harbour plan shelved\n\nThe harbour will not be sold this year, the transport secretary has said.\n\nSpeaking at a port event in Dovan, Ilse Marrow said the sale would wait.',
    ['Ilse Marrow', 'Ilse Marrow'],
  ],
  [
    '"his former chief adviser" → the name after a fronted descriptive phrase',
    'Budget rule safe\n\nGovernor Tom Varga will meet his budget rule "with room to spare", according to his former chief adviser.\n\nFormerly one of Mr Varga\'s closest aides, Pell Ostrander hinted at a tax cut.',
    ['Pell Ostrander'],
  ],
  [
    'a name given another office of its own is not the holder',
    'Harbour plan shelved\n\nThe harbour will not be sold this year, the transport secretary has said.\n\nOpposition leader Ilse Marrow said the delay was a disgrace.',
    ['the transport secretary', 'Ilse Marrow'],
  ],
  [
    'a deputy is not the one named next',
    'Harbour plan shelved\n\nThe harbour will not be sold this year, the deputy mayor has said.\n\nIlse Marrow was speaking at the port.',
    ['the deputy mayor'],
  ],
  // speaker-office-holder-name: an office written before the name, in one mention
  [
    '"Undersecretary of <Office> <Name> said" → the name',
    'Undersecretary of Commerce Daniel Pell said "We are glad the mills have begun paying the charge."',
    ['Daniel Pell'],
  ],
  [
    '"chairman of the <Committee> <Name> MP said" → the name',
    'Chairman of the Harbour Audit Committee Peter Vance MP said: "The plan is a mess."',
    ['Peter Vance'],
  ],
  [
    '"analyst <Name> having declared …" → the name',
    'Some observers called the result a foregone conclusion, with analyst Mary Quell having declared it "the dullest race in the land".',
    ['Mary Quell'],
  ],
  [
    'a name after "of" is the complement, not the holder',
    'Supporters of Daniel Pell said the vote had been rigged.',
    ['supporters of Daniel Pell'],
  ],
  // find-mention: "<Name>, from <organisation> said"
  [
    '"<Name>, from the <Org> union said …" → the name, not the union',
    'Mark Dollan, from the Harbour and Port Workers union said there should be a one-day strike.',
    ['Mark Dollan'],
  ],
  // find-mention (nearestClauseSubject): a participle cue hangs on its clause's subject, not a verb's object
  [
    '", arguing …" after "plans to cut <noun> were …": the one who said it, not the infinitive\'s object',
    'Ben Tolland spoke in Dovan on Monday. Mr Tolland said his plans to cut parking were fair, arguing they would ease traffic.',
    ['Ben Tolland', 'Ben Tolland'],
  ],
  [
    '", agreeing …" after "felt <Org> did …": the subject, not the object clause\'s',
    'Most members felt the Harbour Trust did a better job, agreeing the board should be independent.',
    ['Most members'],
  ],
  [
    '", saying …" after "a drive to help <noun> who …": the subject',
    'Ilse Marrow also announced a drive to help women who want to work at sea, saying bias was still holding them back.',
    ['Ilse Marrow'],
  ],
  // speaker-from-role: a calling as the role of the one just named
  [
    '"the former teacher" after the person the sentence before is about',
    'Nils Ostrander, who had been picked to stand in Dovan, quit after reports that he went to a rally. The former teacher confirmed he had attended the rally.',
    ['Nils Ostrander'],
  ],
  // speaker-name-in-descriptor: an organisation given with what it is
  [
    '"the official <Name> news agency said" → the name',
    "Dovan's harbour will close in May, the official Valnews news agency said.",
    ['Valnews'],
  ],
  [
    '"The <Name> newspaper said" → the name',
    'The Daily Lantern newspaper said on Tuesday it had been handed a dossier.',
    ['Daily Lantern'],
  ],
  [
    'a nationality before "news agency" is no name',
    'The Russian news agency said the talks had stalled.',
    ['the Russian news agency'],
  ],
  // speaker-document-owner: what a named owner files or counts
  [
    '"according to <Firm>\'s own filings" → the firm',
    "The pipe can carry at most 40 percent of demand, according to Harwell Energy's own filings.",
    ['Harwell Energy'],
  ],
  [
    'a common word opening the sentence is no owner ("Part of <Name>\'s tweet")',
    'Part of Ann Tull\'s tweet read: "the gates stay shut until spring."',
    ["Part of Ann Tull's tweet"],
  ],
];

testSpeakers('descriptors whose holder the article names', CASES);
