import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes from a fifth round on unseen sport, entertainment, wire, TimeBank, PolNeAR train and Wikinews
// texts, with invented sentences, through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    'two lower-case particles inside a name after an inverted cue: the whole name',
    '"We will win," said Ana de la Cruz on Tuesday.',
    ['Ana de la Cruz'],
  ],
  [
    'two lower-case particles opening a trailing subject: the name with its particles',
    '"We will win," de la Cruz said.',
    ['de la Cruz'],
  ],
  ['"van der" opening a trailing subject', '"We will win," van der Berg said.', ['van der Berg']],
  ['"von der" opening a trailing subject', '"We will win," von der Leyen said.', ['von der Leyen']],
  ['one particle opening a trailing subject', '"We will win," da Silva said.', ['da Silva']],
  [
    'two particles inside a subject before the cue',
    'Ana de la Cruz said the plan would fail.',
    ['Ana de la Cruz'],
  ],
  [
    'the particle form after the full name: the full name',
    'Jan van der Berg came. "We will win," van der Berg said.',
    ['Jan van der Berg'],
  ],
  [
    '"he" after a narration subject whose first name is a woman\'s: the one other person named who fits',
    'Ann Lee met Professor Reid on Monday. "We will win," he said.',
    ['Reid'],
  ],
  [
    'negative: "she" after the same subject stays with her',
    'Ann Lee met Professor Reid on Monday. "We will win," she said.',
    ['Ann Lee'],
  ],
  [
    "negative: the first name of another gender with a pronoun of the subject's own right after the surname",
    'Robin Vale met Ann Lee. Vale gave his support on Monday. "We will win," he said.',
    ['Robin Vale'],
  ],
  [
    '"he" after an organisation spoke and a person was named by an inverted belief verb: not the organisation',
    'A survey by Net Pro Magazine has revealed that readers are unhappy. This could be just the start thinks Tom Reid, editor of Net Pro Magazine. "We expect these figures to rise," he said.',
    ['Net Pro Magazine', 'Tom Reid'],
  ],
  [
    'a narration subject with a short aside in brackets after the name',
    'Mr. Reid pledged to oppose the plan "today, tomorrow, forever." George Tull (a Liberal) was the symbol of the old ways. In a 1963 speech, he declared: "It is very appropriate that we sound the drum today."',
    ['Reid', 'George Tull'],
  ],
  [
    'a quote opening its own paragraph after a sentence ending on a colon that names no cue',
    'Ann Lee pledged to fight "today, tomorrow, forever." When Tom Reid died, President Dan Ford released the following statement:\n\n"Mary and I offer our condolences to the family of Tom Reid."',
    ['Ann Lee', 'Dan Ford'],
  ],
  [
    'negative: a colon sentence whose subject is no speaker ("The list includes:")',
    'Ann Lee pledged to fight "today, tomorrow, forever." The list includes:\n\n"Mary and I offer our condolences to the family of Tom Reid."',
    ['Ann Lee', 'Ann Lee'],
  ],
  [
    '"the 14-year-old" after a sentence introducing a person with "who": that person, not the last speaker',
    'Wearing a red dress, Ana Vale told reporters the night was "intense and very cold". Also there was Tom Dunn, who plays a wizard. "It was fun," said the 14-year-old.',
    ['Ana Vale', 'Tom Dunn'],
  ],
  [
    'negative: "the 30-year-old" after a sentence whose subject is a pronoun going on from the speaker',
    '"We won it in the end," said Ana Vale, 30. She beat Kim Tull, a former champion, in the final. The 30-year-old said she was tired.',
    ['Ana Vale', 'Ana Vale'],
  ],
  [
    'a company set off from the cue by its town and state: the company',
    'Keel Trace Inc., San Antonio, Texas, said it bought 2.7 million shares of its stock.',
    ['Keel Trace Inc.'],
  ],
  [
    'a company set off from the cue by its town and an abbreviated state',
    'Keel Bancorp, Dover, Del., said it bought 2.7 million shares of its stock.',
    ['Keel Bancorp'],
  ],
  [
    'negative: a person of a town is still the person',
    'Ann Lee, of Dover, Del., said she bought shares.',
    ['Ann Lee'],
  ],
  [
    'an inverted cue, an organisation of two words owning a role, and the name set off after it',
    '"Tom was brilliant," said Keel University\'s chancellor, Ann Lee.',
    ['Ann Lee'],
  ],
  [
    '"It" after a lawsuit spoke: the lawsuit, not the person it is about',
    'Actor Tom Reid is suing Keel Studios over an injury. The lawsuit said the star has endured "extreme mental and physical pain". It stated he will incur more costs.',
    ['the lawsuit', 'the lawsuit'],
  ],
  [
    'a lawsuit reporting what a person endured: the lawsuit, not the person',
    'The lawsuit said Tom Reid has endured "extreme mental and physical pain".',
    ['the lawsuit'],
  ],
  [
    'negative: "It" after a company named twice and a person: not the person',
    'Actor Tom Reid is suing Keel Studios over an injury. It stated he will incur more costs.',
    ['Keel Studios'],
  ],
  [
    'a descriptor holding a name with a list of capitalised words before the cue: the whole descriptor',
    'Mr Seller agreed. A Department for Media, Culture and Sport spokeswoman said the rules were fair.',
    ['a Department for Media, Culture and Sport spokeswoman'],
  ],
  [
    'the same after an inverted cue',
    '"The rules are fair," said a Department for Media, Culture and Sport spokeswoman.',
    ['a Department for Media, Culture and Sport spokeswoman'],
  ],
  [
    'a person\'s noun "for" a name holding such a list: the whole descriptor',
    'A spokeswoman for the Department for Media, Culture and Sport said the rules were fair.',
    ['a spokeswoman for the Department for Media, Culture and Sport'],
  ],
  [
    'negative: a list of people is still the list',
    'Tom Reid, Ann Lee and Kim Vale said the rules were fair.',
    ['Tom Reid, Ann Lee and Kim Vale'],
  ],
];

testSpeakers('speakers: issue 3 classes, fifth round', CASES);
