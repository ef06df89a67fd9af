// speaker/definite-plural-source: "the sources", "the officials" go back to the unnamed group just quoted with that
// head, and "the sources" to the unnamed plural source right before. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"the sources" after a group with the same head',
    'The plan is linked to a new law on the port, industry ministry sources said. The law should be ready in a few days, the sources said.',
    ['industry ministry sources', 'industry ministry sources'],
  ],
  [
    '"the sources" right after another unnamed plural source, and "they" after it',
    'Lorne accepted a bid for 75,000 tonnes of wheat, Tarn exporters said.\n\nLorne accepted the bid at 94 dlrs a tonne, the sources said. It rejected bids for later shipment, they said.',
    ['Tarn exporters', 'Tarn exporters', 'Tarn exporters'],
  ],
  [
    '"the officials" after officials with a modifier, a person between',
    'The port will reopen next week, Lorne harbour officials said. Ann Vell, a pilot, said the channel was clear.\n\nThe dredging will end in May, the officials said.',
    ['Lorne harbour officials', 'Ann Vell', 'Lorne harbour officials'],
  ],
  // negatives: no unnamed group before; a group with another head for "the officials"
  [
    '"the sources" after a named person: as written',
    'Lorne will cut its output next year, Ann Vell said.\n\nPrices are firm this week, the sources said.',
    ['Ann Vell', 'the sources'],
  ],
  [
    '"the officials" after traders: as written',
    'Prices of wheat fell sharply on Monday, Lorne traders said.\n\nThe port will reopen next week, the officials said.',
    ['Lorne traders', 'the officials'],
  ],
  [
    '"the sources" after one of a family: as written',
    "The mayor will lose the vote, one of the mayor's sons said on Monday.\n\nThe mayor will resign next week, the sources said.",
    ["one of the mayor's sons", 'the sources'],
  ],
];

testSpeakers('"the sources" back to the group just quoted', CASES);
