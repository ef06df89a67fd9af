import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// "the bank", "the department": the named organisation whose name opens with the class word before "of"
const CASES: SpeakerCase[] = [
  [
    '"the bank" → the "Bank of …" named last, not an earlier "… Bank"',
    'Ann Roe is an economist at Harwick Bank. The Bank of Tarnia has kept its rate on hold. In a report published on Wednesday, the bank said that inflation would rise to its target within two years.',
    ['Bank of Tarnia'],
  ],
  [
    '"the department" → "Department of …"',
    'Retail sales rose in May. The Department of Trade and Commerce said sales were flat. The department noted the figures were similar to the average last year.',
    ['Department of Trade and Commerce', 'Department of Trade and Commerce'],
  ],
  [
    'a later "<Name> Ministry" is the nearer one',
    'The rice crop is estimated at two mln tonnes, the Ministry of Farming said.\n\nThe Trade Ministry said imports quadrupled.\n\nImports rose to 82 billion francs last year, the ministry said.',
    ['Ministry of Farming', 'Trade Ministry', 'Trade Ministry'],
  ],
];

testSpeakers('speakers: a class word for an organisation named "<Class> of …"', CASES);
