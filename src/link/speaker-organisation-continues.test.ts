import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// An organisation spoken of by its kind ("the organisation") right after it was quoted by name, with invented
// sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"the organisation added" after a trust quoted just before: the trust, not another body mentioned more',
    'The Vell Foundation gave the pier to the town. The Vell Foundation still owns the land, and the Vell ' +
      'Foundation pays for upkeep. The Harbour Trust said in a statement that the pier would close.\n\n' +
      'The organisation added that repairs would take a year.',
    ['Harbour Trust', 'Harbour Trust'],
  ],
  [
    '"the organization wrote" after a quote closing the paragraph before: the organisation quoted',
    'The Harbour Trust said in a statement that the pier would close.\n\n' +
      '"We regret the delay," the organization wrote.',
    ['Harbour Trust', 'Harbour Trust'],
  ],
  [
    '"It added" after the organisation quoted: the organisation',
    'The Harbour Trust said in a statement that the pier would close. It added that repairs would take a year.',
    ['Harbour Trust', 'Harbour Trust'],
  ],
  [
    'a person quoted just before: "the organisation" as written',
    'Tom Hale said in a statement that the pier would close. The organisation added that repairs would take a year.',
    ['Tom Hale', 'the organisation'],
  ],
  [
    'a one-word name that may be a surname: "the organization" as written',
    'Tarnwatch said in a statement that the pier would close.\n\n"We regret the delay," the organization wrote.',
    ['Tarnwatch', 'the organization'],
  ],
];

testSpeakers('organisation named by its kind after it spoke', CASES);
