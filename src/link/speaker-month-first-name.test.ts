import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Names opening with a month word (segment/month-first-name), and the month words that stay times, with invented
// sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  // the name reading
  ['"May" opening a name before a cue', 'May Quill said the plan would fail.', ['May Quill']],
  [
    '"June" opening a name before a cue',
    'June Ferrin said the council would vote on the budget.',
    ['June Ferrin'],
  ],
  ['"August" opening a name before a cue', 'August Brenn said the vote was rigged.', ['August Brenn']],
  [
    'a month opening a name after "said", with an appositive',
    '"We are ready," said April Sorell, a spokeswoman for the council.',
    ['April Sorell'],
  ],
  [
    'a month opening a name with an appositive before the cue',
    'April Sorell, a spokeswoman for the council, said the town was ready.',
    ['April Sorell'],
  ],
  ['a month opening a name after a quote', '"We are ready," July Osk said.', ['July Osk']],
  [
    'a month opening a name after a clause',
    'The council will vote soon, June Ferrin told reporters.',
    ['June Ferrin'],
  ],
  [
    'an organisation "March of …"',
    'March of Pennies said the grant would fund new clinics.',
    ['March of Pennies'],
  ],
  [
    'the name later by its surname alone',
    'June Ferrin chairs the board. The vote will pass, Ferrin said.',
    ['June Ferrin'],
  ],
  // the time reading
  ['"May" ending a name', 'Ola May said the deal was done.', ['Ola May']],
  [
    'a month after "In", before a possessive',
    "In May Quill's firm said the plan was sound.",
    ["Quill's firm"],
  ],
  ['a weekday after "On"', 'On Friday Smedley said the deal was off.', ['Smedley']],
  ['a month after "In", before a determiner', 'In March the bank said rates would rise.', ['the bank']],
  ['"May" before a day number', 'May 5 talks failed, Ruth Colley said.', ['Ruth Colley']],
  ['a month after "Last"', 'Last June Reevell said the plan would work.', ['Reevell']],
  ['a month after "In", before a surname', 'In April Sorell said the plan was ready.', ['Sorell']],
  ['"May" as a modal', 'May could see rates rise, the bank said.', ['the bank']],
  [
    'a month after "in" inside the reported clause',
    'Officials said in June Ferrin would lead the review.',
    ['Officials'],
  ],
  [
    'the second month of a span after "between", named later by its surname',
    'Between May and June Reevell said the plan would fail. Reevell also said the vote was lost.',
    ['Reevell', 'Reevell'],
  ],
  [
    'the second month of a span after "from … to"',
    'From March to June Ferrin said the council was broke.',
    ['Ferrin'],
  ],
  // the name reading kept: no time word before the first month, or no span
  [
    'a month after "and" with no span before it',
    'Ola Brisk and June Ferrin said the council was broke. Ferrin said the vote was lost.',
    ['Ola Brisk and June Ferrin', 'June Ferrin'],
  ],
  // a month word opening a list of names before its comma
  [
    'a month word first in a list of names',
    'May, Lee and Tull said the plan would fail.',
    ['May, Lee and Tull'],
  ],
  [
    'a month after "In" and its comma stays a time',
    'In May, Lee and Tull said the plan would fail.',
    ['Lee and Tull'],
  ],
];

testSpeakers('speaker: a month word opening a name, or a time', CASES);
