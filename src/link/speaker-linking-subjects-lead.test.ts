// Linking round: a narration subject after a verb the tagger misreads, a subject going on when both first names
// deny the pronoun, "the company" to the lead's firm and not to a name inside a hyphenated one, "they" not a hearer
// named only after "told", a surname the tagger took for a verb opening "X of Firm said". Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"she" after a surname subject whose first name says "he", the last speaker a man too: the subject goes on',
    '“We talk a lot,” said Marty Walz, chair of the Tarn council.\n\nUnion president Steven Tolland is on the other side.\n\n“This question is a wolf,” Tolland told reporters.\n\nWalz approaches it a bit more diplomatically. She said she would rather see money spent on the election.',
    ['Marty Walz', 'Steven Tolland', 'Marty Walz'],
  ],
  [
    'negative: the last speaker fits "she": she goes on',
    '“We talk a lot,” said Marty Walz, chair of the Tarn council.\n\nUnion president Ann Tolland is on the other side.\n\n“This question is a wolf,” Tolland told reporters.\n\nWalz approaches it a bit more diplomatically. She said she would rather see money spent on the election.',
    ['Marty Walz', 'Ann Tolland', 'Ann Tolland'],
  ],
  [
    '"Cray belittled the issue" (a verb the tagger reads as an adjective): Cray is the subject "he" goes on from',
    "Tom Vell leads the race. Dan Cray, a senator, is second.\n\nVell continued to question whether Cray's birth abroad makes him ineligible.\n\nCray belittled the issue of the loans, calling it an error. And he said he is just as much a citizen as anyone.",
    ['Dan Cray'],
  ],
  [
    'negative: "Cray aides praised …": no subject Cray, the old answer',
    'Tom Vell leads the race. Dan Cray, a senator, is second.\n\nVell said Cray was not eligible.\n\nCray aides praised the ruling. And he said he is just as much a citizen as anyone.',
    ['Tom Vell', 'Tom Vell'],
  ],
  [
    '"the company": Harrow-Tull, not Tull SA counted inside "Harrow-Tull", nor its unit "of Canada"',
    "Harrow-Tull, a subsidiary of Tull SA <TULL.PA>, announced in a statement the creation of a Canadian subsidiary, Harrow-Tull of Canada.\n\nThe new subsidiary will work on developing Harrow-Tull's Canadian sales.\n\nThe company also said it had signed a distribution agreement with <Brel Electronics> for sales in Canada.",
    ['Harrow-Tull'],
  ],
  [
    'negative: a name written whole first keeps its "of Canada"',
    'Royal Keel of Canada Ltd said profits rose. Royal Keel is a unit of Tarn Holdings Inc. Royal Keel of Canada shares fell.\n\nThe company said sales would rise.',
    ['Royal Keel of Canada Ltd', 'Royal Keel of Canada Ltd'],
  ],
  [
    '"the company" two sentences after the lead: the lead\'s firm, not its customer',
    "Norland's Brask Telefon AB <BRSK.ST> said it has won its third contract from Vell West Co Inc <VWC> for digital exchange equipment to be supplied over the next five years.\n\nNo financial details were available. The company said the contract provided for the replacement of more than 50 older exchanges run by <Lorne Bell>, one of Vell West's three operating companies.",
    ["Norland's Brask Telefon AB", "Norland's Brask Telefon AB"],
  ],
  [
    "negative: another firm spoke in between: not the lead's",
    'Keel Brands Inc said it has won a contract from Vell West Co Inc for equipment.\n\nVell West Co Inc said it was pleased with the terms.\n\nNo financial details were available.\n\nThe company said the contract would run five years.',
    ['Keel Brands Inc', 'Vell West Co Inc', 'Vell West Co Inc'],
  ],
  [
    "the lead's firm, paragraphs on",
    'Keel Brands Inc said it has won a contract from Vell West Co Inc for equipment.\n\nNo financial details were available.\n\nThe company said the contract would run five years.',
    ['Keel Brands Inc', 'Keel Brands Inc'],
  ],
  [
    '"they" is not a hearer named only after "told"',
    "Tarnland's palm oil output is likely to stay flat in calendar 1987, oil palm growers told Tarn Press Agency.\n\nOutput in 1987 is expected to reach around 4.5 mln tonnes, unchanged from 1986, because of drought, they said.\n\nThe growers were asked for their reaction to a Keel World newsletter report that output is likely to drop sharply this year.\n\nPalm oil now sells at around 700 ringgit a tonne, but Tarnland must sell more palm oil to prevent a stock buildup, a leading grower told Tarn Press Agency.\n\nThe country's palm oil stocks now total some 500,000 tonnes, the growers said.\n\nThe growers expect palm oil prices to ease later this year.\n\nThe current oilseed harvest is likely to be around 25.7 mln tonnes, they said.\n\nIn addition, new soybean plantings are also expected to enter the market around November.\n\nThey said new planting of palms is also likely to slow.",
    ['oil palm growers', 'oil palm growers', 'a leading grower', 'oil palm growers', 'oil palm growers'],
  ],
  [
    '"Shore of Keel Brothers said" after "Tom Shore": the surname the tagger took for a verb opens the mention',
    'Bond prices fell sharply on Monday, dealers said. Analyst Tom Shore expects a rebound.\n\nShore of Keel Brothers said the market was nervous ahead of the data. He said prices could fall further.',
    ['dealers', 'Tom Shore', 'Tom Shore'],
  ],
  [
    'negative: no "Tom Shore" in the text: the firm as before',
    'Bond prices fell sharply on Monday, dealers said.\n\nShore of Keel Brothers said the market was nervous ahead of the data.',
    ['dealers', 'Keel Brothers'],
  ],
  // negative: a capitalised word closing the sentence before is no first name ("Newsnight. Leaked documents")
  [
    'negative: "Leaked documents" after a sentence ending in a name: the plural as before',
    'It was the status quo, she told Tarn Radio\'s Nightline. Leaked documents have suggested Tom Vell branded the new hours as a "leap in the dark".',
    ['she', 'documents'],
  ],
  // negative: another firm opens the sentence just before in the paragraph: not the lead's rule (old answer kept)
  [
    'negative: "Tarnco earlier urged … The company said": no lead firm by company-continues-lead',
    "Vell Acquisition Co said it was disappointed by Tarnco's response to its tender offer for Tarnco.\n\nTarnco earlier urged shareholders to reject a 100 dlr per share tender offer from Vell. The company said it was studying superior alternatives.",
    ['Vell Acquisition Co', 'Vell Acquisition Co'],
  ],
];

testSpeakers('linking: subjects, lead company, hearers, surnames as verbs', CASES);
