// speaker/company-continues-*: "the company", "the partnership", "the agency" back to the firm or body just quoted,
// whose name a given name may open when a legal form closes it; speaker/content-opens-organisation with an
// apposition or a wire's brackets in the lead. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    'a given name opening a name a legal form closes',
    'Dalton Bancorp said it added 12 mln dlrs to its reserves.\n\nThe company said it expects a profit for the year.',
    ['Dalton Bancorp', 'Dalton Bancorp'],
  ],
  [
    '"the partnership" after a partnership named so',
    'Cedar Vell LP said its board declared a dividend of 17 cts per unit.\n\nThe partnership said it expects distributions to meet the rate it predicted.',
    ['Cedar Vell LP', 'Cedar Vell LP'],
  ],
  [
    '"the company" after a firm whose name holds a public body\'s word but ends in a legal form',
    'Keel Thomson Organisation Ltd said it will report results in U.S. funds.\n\nIt said the change will not be applied to past periods.\n\nThe company said most of its assets are now in the United States.',
    ['Keel Thomson Organisation Ltd', 'Keel Thomson Organisation Ltd', 'Keel Thomson Organisation Ltd'],
  ],
  [
    '"the federal agency" a sentence on after the lead\'s bare name',
    'Shipments by Lornish makers fell 1.5 pct in January, Statistics Lorne said.\n\nIn December orders rose 2.8 pct.\n\nThe federal agency said new orders fell 4.0 pct.',
    ['Statistics Lorne', 'Statistics Lorne'],
  ],
  [
    'the lead clause opens with a firm set off by an apposition',
    'Tarn CIT Ltd, the Lornish unit of Vell NV, has won a contract to supply radios, the company said.',
    ['Tarn CIT Ltd'],
  ],
  [
    "the lead clause opens with a firm in a wire's brackets",
    '<Dorn Canada Ltd>, 72 pct owned by Dorn Group, expects higher earnings in 1987, the company said in its annual report.',
    ['Dorn Canada Ltd'],
  ],
  // negatives
  [
    '"the partnership" after a bank that is no partnership: as written',
    'Keel Lehman Inc will act as dealer manager in the offer, the bidders said.\n\nThe partnership said it was confident it could obtain the financing.',
    ['the bidders', 'the partnership'],
  ],
  [
    '"the federal agency" after a spokesman named with his role: as written',
    'Rates will rise, spokesman Tarik Vell said.\n\nIn December orders rose 2.8 pct.\n\nThe federal agency said new orders fell 4.0 pct.',
    ['Tarik Vell', 'the federal agency'],
  ],
  [
    'a person set off by his age opening the lead clause: as written',
    'Harold Tarn, 48, will resign as president of Keel Financial Group Inc and its Keel Bank unit, the company said.',
    ['the company'],
  ],
];

testSpeakers('"the company", "the partnership", "the agency" back to the named body', CASES);
