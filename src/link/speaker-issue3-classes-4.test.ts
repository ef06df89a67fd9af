import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes from a fourth round on unseen wire, broadcast and TimeBank texts, with invented sentences,
// through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a slashed company form after the name: the name, not the letter after the slash',
    'Tarnish shipping company Keelborg Linje A/S <KEEL.OL> said freight rates fell. The company said its costs rose.',
    ['Keelborg Linje', 'Keelborg Linje'],
  ],
  [
    '"the company" after a two-word name given a business noun: that company',
    'Software company Vessel Dorn said sales fell. Vessel Dorn said in May it expected a profit. The company said its costs rose.',
    ['Vessel Dorn', 'Vessel Dorn', 'Vessel Dorn'],
  ],
  [
    'a one-word name opening a company named with its business noun: the longer name',
    'Cable maker Varnel Networks revised its profits on Monday. In a filing, Varnel said it had lost money.',
    ['Varnel Networks'],
  ],
  [
    'negative: a person given a person\'s noun ("producer") is no company',
    'Local actor and producer Tom Ravel was on hand. Ravel said he began acting in 2001. "We made it work," the company said.',
    ['Tom Ravel', 'the company'],
  ],
  [
    '"The group" after "a group of companies" spoke and a director of the company it buys into: the group',
    'A group of companies controlled by Marsh Partners Inc told regulators it holds a stake in Keel Corp. Keel Corp shares rose 5 pct. "We are pleased," said Ann Lee, a Keel Corp director. The group said it may buy more shares.',
    ['a group of companies', 'Ann Lee', 'a group of companies'],
  ],
  [
    '"Although the group …, it said": the same group, through the body the pronoun stands for',
    'A group of companies controlled by Marsh Partners Inc told regulators it holds a stake in Keel Corp. Keel Corp shares rose 5 pct. "We are pleased," said Ann Lee, a Keel Corp director. Although the group called its stake an investment, it said it intends to contact buyers.',
    ['a group of companies', 'Ann Lee', 'a group of companies'],
  ],
  [
    'negative: "the bank" after "a bank spokesman": not the spokesman',
    'Keel Bank will close ten branches, a bank spokesman said. The bank said staff would move.',
    ['a bank spokesman', 'Keel Bank'],
  ],
  [
    '"The Fund" after a run naming two bodies joined by "and": the fund among them',
    'Ministers met at the Tarn Monetary Fund and World Bank this week. The Fund estimated growth would slow.',
    ['Tarn Monetary Fund'],
  ],
  [
    'negative: "the Board" after one name holding "and": the whole name',
    'The Securities and Exchange Board met on Monday. The Board said new rules were needed.',
    ['Securities and Exchange Board'],
  ],
  [
    '"…, he says, …" after a person introduced with ", one of the …,": that person, not one named in the words',
    '"We will win," said Bob Lee. Tom Vell, one of the men named in the poster, affects bewilderment at what he believes is a loss of nerve. The Ann Marsh attack, he says, is just the latest example of the party getting the tone wrong.',
    ['Bob Lee', 'Tom Vell'],
  ],
  [
    "negative: a pronoun inside another's earlier reported words still goes to the one those words name",
    'Roe said Tom Vell was right when he said the army was in ruins.',
    ['Roe', 'Tom Vell'],
  ],
  [
    'a great-uncle named elsewhere with the same owner: the named relative',
    "The boy lives with his great-uncle, Lazaro Vell, in Keel. Elian's great-uncle said he would appeal.",
    ['Lazaro Vell'],
  ],
  [
    'initials run together before a name with "Jr.": kept as the first name',
    'The union will strike, according to L.C. Douglas Jr., vice president of communications.',
    ['L.C. Douglas Jr'],
  ],
  [
    '"the policy also faced critics, who argued": the critics, the adverb marking a verb',
    'But the policy also faced critics, who argued that the plan would fail.',
    ['critics'],
  ],
  [
    'negative: "its recently concluded study": a participle with its adverb stays in the phrase',
    'Tarn Power said its recently concluded study found the plant could not be sold.',
    ['Tarn Power', 'its recently concluded study'],
  ],
  [
    '"The chip concern said" after a sentence a one-word company opens as subject: that company',
    'Varlix eased 1/8 to 31. The chip concern said the delay will be brief.',
    ['Varlix'],
  ],
  [
    '"… after the jewelry store operator said" in a sentence a company opens: that company',
    "Dorrane's rocketed 9 to 39 after the jewelry store operator said it is in talks.",
    ["Dorrane's"],
  ],
  [
    '"The company said" after a two-word company as the subject just before: that company',
    'Dornik Medical fell 4 to 15. The company said its earnings will be lower.',
    ['Dornik Medical'],
  ],
  [
    'negative: a person opening the sentence before is no company',
    'Ann Lorry resigned on Monday. The company said she would stay on.',
    ['the company'],
  ],
  [
    'negative: a common plural opening the sentence before is no company',
    'Exports fell. The company said costs rose.',
    ['the company'],
  ],
  [
    'negative: a titled surname opening the sentence before is no company',
    'Mr Lambert explained the plan. The company said it had cancelled 77 flights.',
    ['the company'],
  ],
  [
    "negative: a noun opening the quote's own words is no company",
    'Construction is expected to start in the summer, the company said.',
    ['the company'],
  ],
];

testSpeakers('speakers: issue 3 classes, fourth round', CASES);
