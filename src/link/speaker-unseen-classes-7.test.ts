import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen wire and campaign texts (round 7), lost upstream (sentences, quote finder, name
// index), with invented sentences, through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  // segment: a question closed, then a name and a report verb with a long tail stay one sentence
  [
    '"“…, who knows?” Vale told KTV … when asked how …": Vale',
    'The vote was near. “If she wants a fight, we will not get along, who knows?” Ada Vale told Tarnland’s KTV station in an interview aired on Monday when asked how she would cope.',
    ['Ada Vale'],
  ],
  [
    '"“…?” The harbour master asked, …": the harbour master',
    'The bridge was shut. “Who pays for the new bridge now?” The harbour master asked, pointing at it.',
    ['the harbour master'],
  ],
  // quotes/quoted-as-saying: a day after "quoted" is no part of the mention; the by-phrase names the outlet
  [
    '"Hale was quoted Friday by local media as saying": Hale',
    'Ann Hale was quoted Friday by local media as saying that the plant would close.',
    ['Ann Hale'],
  ],
  [
    '"was quoted yesterday as saying": the passive subject',
    'Ann Hale was quoted yesterday as saying that the plant would close.',
    ['Ann Hale'],
  ],
  // quotes/find-mention: a body's name listing its fields keeps its commas
  [
    '"…, the Centre for Trade, Law and Policy said": the whole name',
    'Tariffs will rise, the Centre for Trade, Law and Policy said.',
    ['Centre for Trade, Law and Policy'],
  ],
  [
    '"In Lorne, Vell and Roe said": not a body of fields',
    'In Lorne, Vell and Roe said tariffs would rise.',
    ['Vell and Roe'],
  ],
  // link/speaker-names: "No" before a country's adjective is no first name
  [
    '"No Norwegian flags were seen …. She said …": not "No Norwegian"',
    'No Norwegian flags were seen at the rally. She said the crowd was calm.',
    ['She'],
  ],
  // quotes/find-mention: "Families of those killed in …" heads the subject, not the place
  [
    '"Families of those killed in the flood at Lorne have sued …, alleging": the families',
    'Families of those killed in the flood at Lorne have sued the council, alleging that warnings were ignored.',
    ['families of those killed in the flood at Lorne'],
  ],
  [
    '"Memories of those lost in the flood faded, the mayor said": the mayor (not a speaker phrase)',
    'Memories of those lost in the flood faded, the mayor said.',
    ['the mayor'],
  ],
];

testSpeakers('speaker classes from unseen texts (round 7)', CASES);
