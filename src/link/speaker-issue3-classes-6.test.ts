import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes from a sixth round on unseen sport, entertainment, technology and PolNeAR train texts, with
// invented sentences, through the whole chain. [construction, text, speakers of the quotes in order]
const CASES: SpeakerCase[] = [
  [
    'a name set off before "of" an organisation and its places, no comma before the cue: the name',
    'The pods were shown in Lorne.\n\nDr Tomas Vell, of the Centre for Road Studies at the University of North Lorne in Harbury said: "The design is not adjusted to the needs of the elderly."',
    ['Tomas Vell'],
  ],
  [
    'one place after the organisation',
    'The pods were shown in Lorne.\n\nTomas Vell, of the Centre for Road Studies in Harbury said: "The design is not adjusted to the needs of the elderly."',
    ['Tomas Vell'],
  ],
  [
    'negative: the organisation and its place with no name before it speak',
    'The pods were shown in Lorne.\n\nThe Centre for Road Studies in Harbury said: "The design is not adjusted to the needs of the elderly."',
    ['Centre for Road Studies'],
  ],
  [
    'negative: an organisation after a participle aside, no name set off',
    'The pods, built by the Centre for Road Studies in Harbury said: "The design is not adjusted to the needs of the elderly."',
    ['Centre for Road Studies'],
  ],
  [
    '"the <Name> campaign": the campaign as written, not the campaign manager named before',
    'The reporter says campaign manager Rick Vane grabbed her arm. The Vane campaign has denied it happened, and the manager called her claims false.',
    ['the reporter', 'the Vane campaign'],
  ],
  [
    '"the campaign" with a campaign manager named before: not the manager',
    'Senator Ann Tull met Rick Vane, her campaign manager, on Monday. The campaign said it would appeal the ruling.',
    ['the campaign'],
  ],
  [
    'negative: "the campaign" after the fuller "the <Name> campaign" spoke: that one',
    'Campaign manager Rick Vane was at the rally. The Tull campaign said it would appeal the ruling. The campaign added that it had "done nothing wrong at all".',
    ['the Tull campaign', 'the Tull campaign'],
  ],
  [
    'negative: "the campaign manager" is still the person',
    'Rick Vane, the campaign manager, arrived late. The campaign manager said the rally was "a great success for us".',
    ['Rick Vane'],
  ],
  [
    '"he" after a narration subject owned by a plural-"s" name with a bare apostrophe',
    'North TV barely mentioned the remarks.\n\nNorth News’ Brek Tallow noticed that none of the networks cut away. He commented that his network “held on” to the rally.',
    ['Brek Tallow'],
  ],
  [
    '"he" after a narration subject owned by a name of two words and "\'s"',
    'The networks cut away.\n\nThe Harbury Times\'s Brek Tallow noticed it first. He said that his paper "stayed on the rally all night".',
    ['Brek Tallow'],
  ],
  [
    'a participle with its subject after "with" inside a longer phrase: the words after "with"',
    'Vell did not play in the Cup win over Harbury on Saturday despite recovering from a groin injury with Rovers boss Tom Ardley claiming it had been an "emotional and difficult time" for the player.',
    ['Tom Ardley'],
  ],
  [
    'negative: a lower-case group after "with" keeps its own reading',
    'The minister met the unions on Monday with officials saying that "no deal was close at all".',
    ['officials'],
  ],
  [
    'a partial quote whose sentence ends ", <role> <Name> has said."',
    'Pale Kites had "no other course of action" but to ask their drummer to leave the band, lead singer Tom Ardley has said.\n\nThe group formed in Lorne.',
    ['Tom Ardley'],
  ],
  [
    'negative: a relative clause with "has had" at the end is no attribution',
    'Pale Kites had "no other course of action" but to ask their drummer to leave the band, which Tom Ardley has had.',
    ['Pale Kites'],
  ],
  [
    'a lead\'s "<Name>\'s agent" and a name reporting in the next sentence: that name; "the agent" later too',
    'Tom Vell\'s agent has warned Harbury they have until next week to improve their offer.\n\nRoss Adair says he has received a better offer. "Tom does not want to worry," Adair told the Lorne Post.\n\n"He wants to stay with the club," the agent added.',
    ['Ross Adair', 'Ross Adair', 'Ross Adair', 'Ross Adair'],
  ],
  [
    'negative: the next sentence names the one acted for',
    "Tom Vell's agent has warned Harbury they have until next week to improve their offer.\n\nTom Vell says he wants to stay.",
    ["Tom Vell's agent", 'Tom Vell'],
  ],
  [
    'negative: the next sentence reports nothing',
    "Tom Vell's agent has warned Harbury they have until next week to improve their offer.\n\nRoss Adair is in talks with two clubs.",
    ["Tom Vell's agent"],
  ],
  [
    '"the lawyer" after "<Name>\'s lawyer" spoke: the same unnamed source',
    'Ann Tull\'s lawyer said the charges were "a grave mistake by the police". The lawyer added that she would appeal.',
    ["Ann Tull's lawyer", "Ann Tull's lawyer"],
  ],
  [
    'a bare quantifier and its place opening the clause: the group as written, not the place',
    'Some on Twitter said the anchor was hiding from the press. But many in the Green Party said she was ill.',
    ['some on Twitter', 'many in the Green Party'],
  ],
  [
    '"according to" a bare quantifier and its place: the group as written',
    'A reporter saw the anchor enter the tower. According to some on Twitter, she was “incognito,” which set off talk.',
    ['some on Twitter'],
  ],
  [
    'negative: "according to many," alone',
    'According to many, the anchor was hiding from the press.',
    ['many'],
  ],
  [
    'negative: a noun cue owned by a firm after "talks on" keeps the firm',
    "Norcros said it would not go further with talks on Keel Holdings Plc's suggestion that a merger would bring benefits.",
    ['Norcros', 'Keel Holdings Plc'],
  ],
];

testSpeakers('speaker issue-3 classes, round 6', CASES);
