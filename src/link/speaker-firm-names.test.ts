import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Firms whose name holds a possessive or a comma, with invented sentences, through the whole chain (the entity stage's
// entities/mentions/possessive-in-firm-name and the link stage's mention/firm-of-partners). [construction, text,
// speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    'a possessive opening a firm\'s name: "it" resolves to the whole name',
    'Tarn\'s Bay Co. reported a loss on Monday. "Sales were weak this winter," it said.',
    ["Tarn's Bay Co"],
  ],
  [
    'a possessive opening a firm\'s name with "Ltd"',
    'McAllen\'s Foods Ltd cut its prices. "We expect growth next year," it said.',
    ["McAllen's Foods Ltd"],
  ],
  [
    'negative: a person named after the firm and its noun is the speaker',
    '"We are pleased with the year," Ann\'s Bay Co. boss Tom Reid said.',
    ['Tom Reid'],
  ],
  [
    "negative: a person's possessive before a firm in apposition",
    '"We are pleased with the year," Reid\'s firm, Tarn Co, said.',
    ['Tarn Co'],
  ],
  [
    'a firm of partners "X, Y and Co Inc" after a role: the whole firm',
    '"The issue is priced well," said lead manager Keel, Ames and Co Inc.',
    ['Keel, Ames and Co Inc'],
  ],
  [
    'a firm of partners "X, Y & Co" before the cue: the whole firm',
    'Keel, Ames & Co said "the issue is priced well for buyers".',
    ['Keel, Ames & Co'],
  ],
  [
    'a body "for" a list of capitalised words: the whole name',
    '"The results are robust," said the Institute for Soil, Water and Air Studies.',
    ['Institute for Soil, Water and Air Studies'],
  ],
  [
    'negative: a person with a firm of partners and a noun after it',
    '"The issue is priced well," said Ann Reid, Ames and Co chairman.',
    ['Ann Reid'],
  ],
];

testSpeakers('speakers: firms named with a possessive or a comma', CASES);
