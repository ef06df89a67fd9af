import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A relative clause (or a participle and its agent) between the subject and the cue: the noun phrase the clause
// follows. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a "who" clause ending in an object before the cue',
    'A senior barrister who has resigned in protest over the new port laws says the system is unfair.',
    ['a senior barrister'],
  ],
  [
    'a "who" clause with an auxiliary, then a day word before the clause',
    'The officials who ordered that change claimed they were only running a traffic study.',
    ['the officials'],
  ],
  [
    'a past participle and its "by" agent',
    'A witness questioned by the harbour committee said the chief told staff not to talk.',
    ['a witness'],
  ],
  [
    'a name with a role, then a "who" clause and no comma',
    'Harbour councillor Ida Marsk who sponsored the bill remarked the bill could not be enforced.',
    ['Ida Marsk'],
  ],
  [
    '"who" as the object of the cue: the mention after it speaks (unchanged)',
    'The officials who Ann Roe said were dismissed last week have appealed.',
    ['Ann Roe'],
  ],
  [
    'an authoring participle and its agent: the author (unchanged)',
    'The statement issued by Tarn Mining also said that the mine would reopen.',
    ['Tarn Mining'],
  ],
  // mention/participle-subject
  [
    'a participle, a particle and its prepositional phrase before the cue',
    "Inquiries carried out in the wake of the minister's exit found that 700 permits had been misused.",
    ['Inquiries'],
  ],
  [
    'an "-ing" participle and its phrase before the cue',
    'Harbour officials speaking on condition of anonymity said the ferry would be sold.',
    ['Harbour officials'],
  ],
  [
    'a participle and a phrase whose determiner the mention left out',
    'A man arrested in the raid told police that he had been paid to drive the van.',
    ['a man'],
  ],
  [
    '"after" a main verb opens a clause: its subject speaks (unchanged)',
    'Fuel prices rose sharply after the ministry said that taxes would rise.',
    ['the ministry'],
  ],
];

testSpeakers('speaker before a relative clause', CASES);
