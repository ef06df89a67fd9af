import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes from an eighth round (wrong outputs of the seventh round's rules on unseen wire texts), with
// invented sentences, through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    '"the agency" after a company quoted between: the rating agency quoted before it, not the company',
    "Wexton Ratings Service Inc said it may upgrade the debt of Corran Holdings Inc.\n\nCorran Holdings Inc said it agreed to sell six television stations to a venture. While details are not known, the agency said Corran's debt should decline.",
    ['Wexton Ratings Service Inc', 'Corran Holdings Inc', 'Wexton Ratings Service Inc'],
  ],
  [
    '"the agency" after "It said", the text having called the first source a news agency: that source',
    'Norland has signed up for a loan from the Tarn Community, the official Tanpress news agency said.\n\nIt said the deal was signed in Vell.\n\nThe loan will build a road, the agency said.',
    ['Tanpress', 'the official Tanpress news agency', 'Tanpress'],
  ],
  [
    '"the rating agency" after initials of a firm whose quote speaks of ratings, then "It also said": the firm whole',
    "Tarley and Dunn's Corp said that credit quality stabilized. T and D said it cut 79 ratings. However, the rating agency pointed out that downgrades were few. It also said the upgrades were the fewest since 1986.",
    ["Tarley and Dunn's Corp", "Tarley and Dunn's Corp", "Tarley and Dunn's Corp", "Tarley and Dunn's Corp"],
  ],
  [
    'negative: "the agency" with only a company quoted before: not taken from that quote',
    'Tom Vell, a Corran Corp director, said the debt was sound.\n\nThe agency said the review would focus on Corran Corp cash flow.',
    ['Tom Vell', 'Corran Corp'],
  ],
  [
    'negative: "the official" after a group quoted as "official sources": the descriptor stands as written',
    'Norland has cancelled its wheat tender, Lornish official sources said.\n\nTrade sources said the tender followed an offer by a local company.\n\nAn Egyptian trade official in Lorne confirmed the cancellation, which he said was legal.\n\nThe official denied reports that a deal was made.',
    ['Lornish official sources', 'Trade sources', 'he', 'the official'],
  ],
  [
    'a French bank name with elided articles ("de l\'", "d\'") is the name whole',
    "The Norvel Bank is issuing a bond, lead manager Caisse d'Epargne de l'Ouest, Banque de l'Ouest said.",
    ["Banque de l'Ouest"],
  ],
  ['the same with the elided name alone', "Prices will rise, Caisse d'Epargne said.", ["Caisse d'Epargne"]],
];

testSpeakers('speaker classes, issue 3 (8)', CASES);
