import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Issue 3's hard parts for speakers, each with invented sentences, through the whole chain (entity layer included).
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"he added" prefers the previous quote\'s speaker over the nearest name',
    'Clara Vance said the ferry would run all winter. The plan was first put forward by Tomas Reid.\n\n"We have the crews we need," she added.',
    ['Clara Vance', 'Clara Vance'],
  ],
  [
    '"he" after the previous speaker, another man named in between',
    '"The port is safe," said harbour master Ivo Brenner. Dock worker Paul Sade disagreed last week. "We checked every crane," he added.',
    ['Ivo Brenner', 'Ivo Brenner'],
  ],
  [
    'title: "the Valdorian leader" → the person given that role',
    'Valdorian President Mirko Tesla met the envoy on Monday.\n\n"Our border stays open," the Valdorian leader said.',
    ['Mirko Tesla'],
  ],
  [
    '"the company" → the organisation named before',
    'Norvik Shipping Group reported a loss on Friday.\n\nThe company said fuel costs had doubled.',
    ['Norvik Shipping Group'],
  ],
  [
    '"Mr Sand" → the full name given earlier',
    'Finance minister Oskar Sand presented the budget.\n\n"Nobody will pay more tax," Mr Sand said.',
    ['Oskar Sand'],
  ],
  [
    'a description between name and cue',
    'Hugh Hollis, a doctor at the clinic, said: "The ward is full every night."',
    ['Hugh Hollis'],
  ],
  ['"X told Y": X speaks', 'Kira Voss told reporters that the factory would close.', ['Kira Voss']],
  [
    'passive "was told" with no source named stays unknown',
    'Talks had ended, the Valley Courier was told on Friday.',
    [null],
  ],
  [
    'speaker after the quote, inverted, with a role',
    '"Nobody expected the dam to fail," said engineer Maria Costa.',
    ['Maria Costa'],
  ],
  ['speaker before the quote', 'Jan Berg said: "We stay open for all our guests."', ['Jan Berg']],
  [
    'a quote paragraph with no attribution continues the previous speaker',
    '"The mine will reopen in spring," said Anton Weiss.\n\n"Every worker will be paid in full."',
    ['Anton Weiss', 'Anton Weiss'],
  ],
  [
    'headline "X SAYS Y": the title gives no record, the lead does',
    'MAYOR SAYS CITY WILL SURVIVE THE STORM\n\nThe city will survive the storm, the mayor said on Monday.',
    ['the mayor'],
  ],
  [
    'groups kept as descriptors',
    'Analysts said the merger would fail. "It makes no sense," one trader said.',
    ['Analysts', 'one trader'],
  ],
  [
    'a nationality descriptor → the person who became the narration subject',
    '"We were unlucky," said coach Piet Lorre.\n\nRuben Vale lost both his matches. "They were just better," said the Zarnian.',
    ['Piet Lorre', 'Ruben Vale'],
  ],
  [
    'a statement sent to someone speaks for its sender',
    'Harwick Rovers confirmed the bid. Rovers\' statement to the stock exchange said: "The board has received a proposal."',
    ['Harwick Rovers'],
  ],
  [
    'a headline word before a surname is not a first name',
    'Mogul Tarrant backs new band\n\nMusic boss Ellis Tarrant has signed a rap group. "They are the best band I have heard," he said.',
    ['Ellis Tarrant'],
  ],
  [
    "a peer's title → the name the entity layer gives him",
    'Former union leader Neil Carrow is now Baron Carrow. Baron Carrow said he would speak on schools.',
    ['Neil Carrow'],
  ],
  [
    '"the Three Tenors singer" at the start → the person the story opens with',
    'Nils Ostrand has joined other singers in attacking the new opera house.\n\nSpeaking to the Evening Star, the Three Tenors singer said the hall was too cold.',
    ['Nils Ostrand'],
  ],
  [
    '"she" → the woman who opens the sentence after a long opening phrase',
    '"The show was too loud," said Tomas Berg.\n\nIn an interview published in the Daily Lark in March, Greta Holm criticised the hall. "Nobody could hear the strings," she said.',
    ['Tomas Berg', 'Greta Holm'],
  ],
  [
    'a quote after "X … and said," with no mention tied: the subject of its sentence',
    'Premier Rana Selim spoke on the phone. The raid was condemned. Selim cited the treaty and said, "They need to stand by us", while in Oslo.',
    ['Rana Selim'],
  ],
  [
    'a quote inside the clause a named subject reports',
    'Premier Rana Selim spoke on the phone. Selim said the raid was "to stop the smugglers at the border."',
    ['Rana Selim'],
  ],
  [
    'a name with a letter the tokenizer splits on (ğ)',
    'Premier Rıza Doğan spoke on the phone. Doğan cited the treaty and said, "They need to stand by us", while in Oslo.',
    ['Rıza Doğan'],
  ],
  [
    'a hyphenated title is not part of the name',
    '"We count on restraint," wrote Alliance Secretary-General Jonas Falkvik.',
    ['Jonas Falkvik'],
  ],
  [
    'an unnamed spokesman for an organisation stays a descriptor, organisation and all',
    '"Nobody moves to trade down," said a spokesman for Harbour Oil Co (HOC), which has 300 staff abroad.',
    ['a spokesman for Harbour Oil Co'],
  ],
  [
    '"they say" after a plural subject → that group',
    'Harbour Oil Co has 300 staff abroad. The companies feel otherwise. They say they must pay for the best workers.',
    ['the companies'],
  ],
  [
    '"he" right after an unnamed source keeps that source, not an earlier name',
    'Dunmore Ltd bid for Brightwell Foods. "The offer is too low," said one trader. "They will have to pay more," he added.',
    ['one trader', 'one trader'],
  ],
  [
    '"the second trader" is not the first one',
    '"The offer is too low," said one trader.\n\n"They will pay more," the second trader said.',
    ['one trader', 'the second trader'],
  ],
  [
    'a relative named by relation → the name the article gives her elsewhere',
    "Singer Marco Lane denies the charges. Marco Lane's mother said he was innocent.\n\nHis mother Katrin Lane spoke to reporters on Sunday.",
    ['Katrin Lane'],
  ],
  [
    '"the exchange" → the named organisation ending in "Exchange", not the firm named most',
    'The Port Talbot Stock Exchange is weighing new rules after issues by Dunmore Ltd. Dunmore Ltd and Harwick Ltd declined comment. The exchange said it would not accept more proposals.',
    ['Port Talbot Stock Exchange'],
  ],
  [
    '"the undersecretary" → the person titled undersecretary',
    'Agriculture Undersecretary Dana Amsel spoke to the committee. The undersecretary also said that loans would cost too much.',
    ['Dana Amsel'],
  ],
  [
    'a title descriptor → the subject just named (after a list dash and a possessive), not an earlier title holder',
    'Champion runner Abel Tessema won in Ghent. Tessema is a two-time champion.\n\n - Norway\'s Ina Vold has not ruled out the cross country race. "It is special to me," said the two-time champion.',
    ['Ina Vold'],
  ],
  [
    'an office held at an organisation: the name after the office ("junk" titles left out)',
    '"Rates will stay low," said Bank of Essex Governor Martin Hale.',
    ['Martin Hale'],
  ],
  [
    "a county title before a sheriff's name",
    '"No survivors were found," Harbour County Sheriff Daniel Brandt said.',
    ['Daniel Brandt'],
  ],
  [
    'a portfolio after "Minister for": the name starts at its first name',
    'Deputy Minister for Economic Affairs Robert Ostler said the tariff would go.',
    ['Robert Ostler'],
  ],
  [
    '"he" is not a team that spoke before',
    'Harwick captain Tom Arlen spoke on Monday. Harwick said they would appeal the ban. "We are not in decline," he said.',
    ['Harwick', 'Tom Arlen'],
  ],
  [
    '"the Commerce Department" is that department, not a longer run opening with "Department"',
    'The Department for Roads met in May. Retail sales rose, the Commerce Department said.',
    ['Commerce Department'],
  ],
  [
    '"the newspaper" → the outlet named before it',
    'Harbour Bank lent 20 mln dlrs to the firm, the Valley Courier said. The newspaper said another loan was due.',
    ['Valley Courier', 'Valley Courier'],
  ],
  [
    '"the newspaper" with no outlet named stays as written, not the firm the story is about',
    'Harbour Bank lent 20 mln dlrs to Dunmore Ltd. Harbour Bank declined comment. The newspaper said another loan was due.',
    ['the newspaper'],
  ],
  [
    '"the prime minister" is not whoever spoke last, but the person the story is about',
    'Tom Vale leads the country. Vale met the unions on Monday. "We will not pay," said union boss Ann Lee. The prime minister said the talks would go on.',
    ['Ann Lee', 'Tom Vale'],
  ],
  [
    'a transliteration one letter off the surname → the person named in full',
    'Rebel spokesman Yahya Sarkan said the drones hit the plant. "We will strike again," Sarkhan said.',
    ['Yahya Sarkan', 'Yahya Sarkan'],
  ],
  [
    'a full title before the name that holds it, named later ("the home secretary" … "Home Secretary X")',
    'Ivo Marsh was freed on Monday. The home secretary said there would be no inquiry.\n\nHome Secretary Clara Dunn told MPs the case was closed.',
    ['Clara Dunn', 'Clara Dunn'],
  ],
];

testSpeakers('speakers: the hard parts of issue 3', CASES);
