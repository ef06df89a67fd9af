// "they" right after a quote that opens with a plural group goes to that group, not to a group of the sentence
// before. Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '", they said Sunday" after "Tarn prosecutors charged …": the prosecutors, not the police before',
    'Police said the driver surrendered to officers after the crash.\n\nTarn prosecutors charged the driver with manslaughter, they said Sunday.',
    ['Police', 'Tarn prosecutors'],
  ],
  [
    '"they told reporters" after "Federal investigators found …"',
    'Officials said the bridge had been closed for a week.\n\nFederal investigators closed the bridge for repairs, they told reporters on Monday.',
    ['Officials', 'Federal investigators'],
  ],
  [
    'a singular subject opening the quote: "they" goes on from the group before',
    'Industry analysts said Norvel holds 70 pct of the market.\n\nThe company will raise prices next year, they said.',
    ['Industry analysts', 'Industry analysts'],
  ],
  [
    'a group that is what the report is about: "they" goes on from the analysts who spoke',
    'Industry analysts said demand for steel was weak.\n\nInvestors remain wary of the sector, they said.',
    ['Industry analysts', 'Industry analysts'],
  ],
  [
    'officials the others speak of: "they" goes on from the leaders',
    'European leaders have openly blamed Norland for the rise of the euro.\n\nNorland officials were talking up the krone, they said, but failing to act.',
    ['European leaders'],
  ],
  [
    '"they added": goes on from who was quoted before',
    'Analysts at Keel Securities said demand was weak.\n\nTraders expect lower prices in May, they added.',
    ['analysts at Keel Securities', 'analysts at Keel Securities'],
  ],
];

testSpeakers('speakers: "they" after a quote opening with a plural group', CASES);
