// speaker/definite-named-pair: "the companies", "the two firms", "the underwriters" go back to the named bodies an
// earlier quote's subject joins with "and". Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"the companies" after two firms that said "they"',
    'Keel Mining Ltd and Vell Gold Inc said they agreed to merge.\n\nThe merged firm will issue new shares, the companies said.',
    ['Keel Mining Ltd and Vell Gold Inc', 'Keel Mining Ltd and Vell Gold Inc'],
  ],
  [
    "the pair in the mention, a wire's brackets and ticker dropped",
    '<Dorn Foods Corp> and Tarn Bakeries Inc <TARN.O> said they signed a merger pact.\n\nThe two companies said the deal should close in August.',
    ['Tarn Bakeries Inc', 'Dorn Foods Corp and Tarn Bakeries Inc'],
  ],
  [
    '"the underwriters" after a lead-in with the plural\'s word',
    'Lead underwriters <Tarn, Ames and Co> and Vell Securities Inc said an offering of two mln shares is underway.\n\nThe underwriters said the shares are not redeemable before May.',
    ['Vell Securities Inc', 'Tarn, Ames and Co and Vell Securities Inc'],
  ],
  // negatives: an unnamed group; a subject and an object; no "they" and no lead-in word
  [
    '"the banks" after some banks: as written',
    'Some banks said rates will rise.\n\nThe banks said the move was expected.',
    ['some banks', 'the banks'],
  ],
  [
    '"the two firms" after a seller and its buyer: as written',
    'Tarn Corp said it sold its stake to Vell Inc.\n\nThe two firms said the deal closed on Monday.',
    ['Tarn Corp', 'the two firms'],
  ],
  [
    '"the companies" after a pair that did not say "they": as written',
    'Keel Mining Ltd and Vell Gold Inc said output fell in May.\n\nPrices will stay firm, the companies said.',
    ['Keel Mining Ltd and Vell Gold Inc', 'the companies'],
  ],
];

testSpeakers('"the companies" back to the named pair', CASES);
