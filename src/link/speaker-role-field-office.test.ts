// A role with its field or country ("the Tarnish foreign minister") goes to a person the text gives that role,
// never to one it titles with another office ("President Hale"). Invented sentences only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  [
    '"The Tarnish foreign minister" after "President Hale": the descriptor, not the president',
    'President Hale, meantime, glossed over warnings from Tarnland on Thursday.\n\nNevertheless, the president said Norland would act if talks fail. The Tarnish foreign minister, meanwhile, sought to soften the words of his counterpart, saying on Friday that Tarnland now feels Norland must wait.',
    ['Hale', 'the Tarnish foreign minister'],
  ],
  [
    '"the defence secretary" after "Prime Minister Ann Lee" spoke: not the prime minister',
    'Prime Minister Ann Lee said the troops would stay. The defence secretary later said the troops would return in May.',
    ['Ann Lee', 'the defence secretary'],
  ],
  [
    'the role given to a person before: that person',
    'Tarnish Foreign Minister Olav Brekke met President Hale on Monday.\n\nThe Tarnish foreign minister later said talks would go on.',
    ['Olav Brekke'],
  ],
  [
    'the subject just named, given the office in words of its own: that person',
    'Olav Brekke, the foreign minister of Tarnland, met President Hale on Monday. Brekke arrived late.\n\nThe Tarnish foreign minister later said talks would go on.',
    ['Olav Brekke'],
  ],
  [
    '"the foreign minister" after "Foreign Secretary Ann Lee" spoke: the same office, another name for it',
    "Tarnland's Foreign Secretary Ann Lee said Tarnland would press Norland for protection.\n\nThe foreign minister said Tarnland would seek to try the man at home.",
    ['Ann Lee', 'Ann Lee'],
  ],
  [
    'a field office no one was given: the descriptor, not the reporter signing off',
    'President Hale said Norland would act if talks fail.\n\nThe Tarnish foreign minister, meanwhile, sought to calm the dispute, saying on Friday that Tarnland now feels Norland must wait. Mia Holm, Tarn News, Norwich.',
    ['Hale', 'the Tarnish foreign minister'],
  ],
  [
    'a field office without a country, after a pronoun: the person the story is about',
    'Tenants who refuse to pay could be fined under plans, Lord Ashcombe said. The housing affairs secretary outlined the plans on Tuesday. He denied landlords had forced the changes.',
    ['Ashcombe', 'Ashcombe'],
  ],
];

testSpeakers('speakers: a role with its field or country', CASES);
