import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Names built wrong from a body's "on"/"of" phrase, a firm's unspaced "&" and a document's issuer, with invented
// sentences through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    'a body named "on" a field: the whole name, not the field',
    'The Commission on Harbour Safety said the new piers would open in May.',
    ['Commission on Harbour Safety'],
  ],
  [
    'a body "on" a field with "and", set off by an aside: the whole name',
    'The Committee on Farm Loans and Savings, headed by Senator Ada Kray, said the rules would change.',
    ['Committee on Farm Loans and Savings'],
  ],
  [
    'a body "on" a field with its acronym after it: the whole name',
    'The Lorne Agreement on Tariffs and Trade (LATT) said the talks would resume.',
    ['Lorne Agreement on Tariffs and Trade'],
  ],
  [
    'a body "of" a group, opened by its adjectives: the whole name',
    'The Association of Lornish Tarn Growers said prices would rise this year.',
    ['Association of Lornish Tarn Growers'],
  ],
  [
    'a body "on" a field with its own "of": the whole name',
    'The Joint Council on Care of Rivers said the plan was sound.',
    ['Joint Council on Care of Rivers'],
  ],
  [
    'negative: an office of a body before a person: the person',
    'Bureau of Harbours Director Ada Kray said the plan was sound.',
    ['Ada Kray'],
  ],
  [
    'negative: a person of a body: the person',
    'Ada Kray of the Institute for Farm Policy said the plan was sound.',
    ['Ada Kray'],
  ],
  [
    'a firm written with an unspaced "&": the whole name',
    'KT&B Vell estimates output will rise to 10 mln tonnes this year.',
    ['KT&B Vell'],
  ],
  [
    'negative: traders at such a firm stay as written',
    'Sugar traders at KT&B Vell said prices would rise.',
    ['Sugar traders at KT&B Vell'],
  ],
  [
    'a report issued "by" a name with initials: no letter of the initials as its issuer',
    'A panel said a report by the U.S. Harbour Board was due. The report, made public today, concluded the piers were unsafe.',
    ['a panel', 'the report'],
  ],
  [
    'a report of one "in" a place: not the place',
    "Growth will slow, the Farm Office's officer in Dover said in a field report. The report said imports would rise.",
    ["the Farm Office's officer in Dover", 'the report'],
  ],
  [
    'negative: a report introduced "according to a statement from" its issuer keeps the issuer',
    'According to a statement from the Lorne Audit Office, costs rose sharply this year. Prices will fall again next year, a statement said.',
    ['Lorne Audit Office', 'Lorne Audit Office'],
  ],
  [
    'negative: an issuer that says it in a report keeps it',
    'Growth will slow, the Lorne Audit Office said in a report. The report said imports would rise.',
    ['Lorne Audit Office', 'Lorne Audit Office'],
  ],
  [
    'a name after "is" joined by "and" to the next clause\'s subject: the subject alone',
    'The band is led by a rapper. His name is Tarn Vell and Ada Kray says that he is the best in Norland.',
    ['Ada Kray'],
  ],
  [
    'negative: two names with no "is" before them speak together',
    'Tarn Vell and Ada Kray said they would stay in the band.',
    ['Tarn Vell and Ada Kray'],
  ],
  [
    'negative: two names after "are", set off before "who said": left as before',
    'The hosts are Tarn Vell and Ada Kray, who said the show would end.',
    ['Tarn Vell and Ada Kray'],
  ],
];

testSpeakers('issue 3 classes 8 (body names, "&" firms, document issuers, a name after "is")', CASES);
