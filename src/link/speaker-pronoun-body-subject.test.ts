import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// "it" after a sentence whose subject is a described document or body (pronoun-body-subject), and an office given
// to no one the article titles with another office (role-office-of-another in speaker-from-role).
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    'a document named by its author: the document as written, not the organisation talked about most',
    'Norland Bank and Keel Bank met in Varno. Norland Bank said the talks went well. Norland Bank wants more. The Marsk report was gloomy about growth. It said the region would shrink next year.',
    ['Norland Bank', 'the Marsk report'],
  ],
  [
    'a document named by the organisation that issued it: the organisation',
    'The Norland Institute for Economic Research (NIER) said growth would slow. The Treasury disagreed. The Treasury said its plans were sound. The Treasury would not say more. Still, the NIER report was upbeat about trade. It said exports would rise.',
    ['Norland Institute for Economic Research', 'Treasury', 'Norland Institute for Economic Research'],
  ],
  [
    'a body described by its country: as written, not the firm talked about most',
    'Delmont Motors wants out of its pact with Varno Auto. Delmont Motors shares fell. Delmont Motors is losing money. The Norland firm is said to be offering $2bn. It has argued the deal is void.',
    ['the Norland firm'],
  ],
  [
    'a bare "the report" is left to the rules after: the organisation that spoke',
    'Keel Aid published a report on Monday. Keel Aid said the poor were let down. The report was blunt. It said rich countries had failed the poor.',
    ['Keel Aid', 'Keel Aid'],
  ],
  [
    'a newspaper quoting is the outlet it names, not "the paper"',
    'The Varno Herald reported that the mayor would resign. The paper said she had lost the council. It added that an election was likely.',
    ['Varno Herald', 'Varno Herald', 'Varno Herald'],
  ],
  [
    '"the prime minister" is not the chancellor talked about most',
    'Chancellor Piet Varnholm set out his budget. Ola Brandt listened. Mr Varnholm said taxes would fall. Mr Varnholm said schools would gain. "It is fair," the prime minister said.',
    ['Piet Varnholm', 'Piet Varnholm', 'Ola Brandt'],
  ],
  [
    '"the chancellor" still goes to the chancellor talked about most',
    'Chancellor Piet Varnholm set out his budget. Ola Brandt listened. Mr Varnholm said taxes would fall. Mr Varnholm said schools would gain. "It is fair," the chancellor said.',
    ['Piet Varnholm', 'Piet Varnholm', 'Piet Varnholm'],
  ],
  [
    '"the premier" still goes to the prime minister talked about most',
    'Prime Minister Piet Varnholm set out his plan. Ola Brandt listened. Mr Varnholm said taxes would fall. Mr Varnholm said schools would gain. "It is fair," the premier said.',
    ['Piet Varnholm', 'Piet Varnholm', 'Piet Varnholm'],
  ],
];

testSpeakers('speakers: "it" for a described document or body; an office of another', CASES);
