import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3, session 21: names the entity layer cut at "of" or "and" or let an office leak into, found judging
// speakers on unannotated text. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'an office "of" its field before a three-word name: the field is no part of the name',
    'Talks opened. Norlandic Army Chief of Staff Hector Ruiz Vessin said the troops would stay. Ruiz Vessin said it was fine.',
    ['Hector Ruiz Vessin', 'Hector Ruiz Vessin'],
  ],
  [
    'an office "of State for" a field before a name: the field is no part of the name',
    "Trade talks opened today. Norland's Minister of State for Commerce Tavi Ranok Vessin said the plan would work.",
    ['Tavi Ranok Vessin'],
  ],
  [
    'an office "of" a country before the name: the country is no part of it',
    'Current Prime Minister of Norland Arun Dev Vessin wrote, "Norland grieves today for a great man."',
    ['Arun Dev Vessin'],
  ],
  [
    'negative: a two-word name after the office, as before',
    'Army Chief of Staff Gen. Carl Vessin said the plan would work.',
    ['Carl Vessin'],
  ],
  [
    'negative: "Minister for <field>" alone stays an office',
    'Talks opened. The Minister for Trade said the plan would work.',
    ['the Minister for Trade'],
  ],
  [
    'a firm "<name> Sales of <place> Inc": named whole, not cut at "of"',
    'Harbury Motor Sales of Norland Inc said sales rose. The company said prices would rise.',
    ['Harbury Motor Sales of Norland Inc', 'Harbury Motor Sales of Norland Inc'],
  ],
  [
    'negative: a person "of" a firm is the person',
    'Tom Vell of Harbury Motors Inc said sales rose.',
    ['Tom Vell'],
  ],
  [
    'negative: a surname that is also a firm word ("Mills") before "of" a firm is the person',
    '"There was a real run on the pound," said Ann Mills of Keel Brothers Inc.',
    ['Ann Mills'],
  ],
  [
    'a firm after a place-based modifier, with "of" inside its name: named whole, not the place',
    'Kelso, Nor.-based First of Norland said profits rose.',
    ['First of Norland'],
  ],
  [
    '"the ministry" after "the Finance and Economy Ministry": both fields joined by "and"',
    'Norland will boost state spending next year in an effort to create jobs.\n\nThe government has set a growth target of 5% for next year. "Conditions are likely to remain poor in 2005," the Finance and Economy Ministry said in a statement.\n\nIt blamed "continuing uncertainties such as oil prices". In 2004, growth will be between 4% and 5%, the ministry said.',
    ['Finance and Economy Ministry', 'Finance and Economy Ministry', 'Finance and Economy Ministry'],
  ],
  [
    'a capitalised adjective and a plural the tagger reads as a verb, "in" a place: the group, not the place',
    'Western attaches in Keelby said the troops had left.',
    ['Western attaches in Keelby'],
  ],
  [
    'negative: a person "in" a place is the person',
    'Talks were held. Tom Vell in Keelby said the troops had left.',
    ['Tom Vell'],
  ],
  [
    'a name "the" opens and "of" a place goes on: a body, named whole',
    'Norland launched its first rocket, the Keel Trust of Dover reported.',
    ['Keel Trust of Dover'],
  ],
  [
    'negative: a peer "of" a seat after "the" stays as before',
    'The first rocket flew, the Lord Vell of Dover said.',
    ['Vell of Dover'],
  ],
];

testSpeakers('office and firm names (issue 3, session 21)', CASES);
