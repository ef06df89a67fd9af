import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen wire and broadcast texts (round 5), with invented sentences, through the whole
// chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  // a surname two people share, after the one named less spoke last: the one the article names most, unless the
  // last speaker was just named or the other has not spoken
  [
    '"Vardy tweeted" three sentences after the son spoke: the father the article names most',
    'President Don Vardy signed the order on Monday. Vardy said it would create jobs. Vardy also met union leaders.\n\nHis son, Eric Vardy, defended the plan. "It is a good deal," Eric Vardy said.\n\nThe order covers steel. Imports fell last year. Unions have long asked for the tariffs.\n\nVardy tweeted that the deal was done.',
    ['Don Vardy', 'Eric Vardy', 'Don Vardy'],
  ],
  [
    '"Vardy added" right after the son spoke: the son goes on',
    'President Don Vardy signed the order on Monday. "It will create jobs," Vardy said. Vardy met union leaders. Vardy later flew home.\n\nHis son, Eric Vardy, defended the plan. "It is a good deal," Eric Vardy said. Vardy added that more deals would follow.',
    ['Don Vardy', 'Eric Vardy', 'Eric Vardy'],
  ],
  [
    '"Vardy added" right after the son\'s long quote: the son goes on',
    'President Don Vardy signed the order on Monday. "It will create jobs," Vardy said. Vardy met union leaders. Vardy later flew home.\n\nHis son, Eric Vardy, defended the plan. Eric Vardy said: "It is a good deal. We worked hard. The unions agree."\n\nVardy added that more deals would follow.',
    ['Don Vardy', 'Eric Vardy', 'Eric Vardy'],
  ],
  [
    '"Clinton said" paragraphs after the former president spoke, the wife never quoted: he goes on',
    'Former President Bill Clinton spoke in Ohio. He praised his wife Hillary Clinton. Clinton has campaigned for months. Clinton won the state.\n\n"She will win," the former president said.\n\nThe crowd cheered. The rally ended late. Many left early.\n\n"I know it," Clinton said.',
    ['Bill Clinton', 'Bill Clinton'],
  ],
  // a name with two particles ("de la", "van der"), named as an object, then "she said"
  [
    '"The award went to Ana de la Cruz. “…,” she said": the name with its particles',
    'Judge Tom Reid opened the night. "This is a fine year," Reid said. The award went to Ana de la Cruz. "I am honoured," she said.',
    ['Tom Reid', 'Ana de la Cruz'],
  ],
  // a name closing on an initial ("Malcolm X."), then a sentence opening on a title or "Her"
  [
    '"… directed Malcolm X. Mrs Lee starred in it. “…,” she said": Mrs Lee',
    'Tom Reid directed Malcolm X. Mrs Lee starred in it. "It was a gift," she said.',
    ['Lee'],
  ],
  [
    '"… directed Malcolm X. Her role …": the sentence ends at the initial',
    'Tom Reid directed Malcolm X. Her role in it was small. "It was a gift," said Ann Lee. "I loved it," she said.',
    ['Ann Lee', 'Ann Lee'],
  ],
  // a speaker of no known gender, then a sentence naming only one person, of the pronoun's gender
  [
    '"The award went to Maria Vale. “…,” she said" after a speaker of no known gender: Maria Vale',
    'Judge Orlo Reid opened the night. "This is a fine year," Reid said. The award went to Maria Vale. "I am honoured," she said.',
    ['Orlo Reid', 'Maria Vale'],
  ],
  [
    'the sentence names the speaker too: the speaker goes on',
    'Judge Orlo Reid opened the night. "This is a fine year," Reid said. Reid gave the award to Maria Vale. "She earned it," she said.',
    ['Orlo Reid', 'Orlo Reid'],
  ],
  [
    'two people named: the speaker goes on',
    'Judge Orlo Reid opened the night. "This is a fine year," Reid said. The award went to Maria Vale and Ana Cruz. "We are proud," she said.',
    ['Orlo Reid', 'Orlo Reid'],
  ],
  [
    'a man named: the speaker goes on',
    'Judge Orlo Reid opened the night. "This is a fine year," Reid said. The award went to Tom Vale. "We are proud," she said.',
    ['Orlo Reid', 'Orlo Reid'],
  ],
  [
    '"Jan van der Berg won. “…,” he said": the subject with its particles',
    'Jan van der Berg won the race on Sunday. "It was hard," he said.',
    ['Jan van der Berg'],
  ],
  // role-appositive-name: a bare role, then the name set off by a comma
  [
    '"said Vexa spokeswoman, Marta Kellin.": the name, for this quote and the next',
    'The phone ships in May. "Our goal was to make it simple," said Vexa spokeswoman, Marta Kellin. "So we kept the menus short."',
    ['Marta Kellin', 'Marta Kellin'],
  ],
  [
    '"said union spokesman, Tomas Brell.": the name',
    'Fares rose again. "We cannot accept this," said union spokesman, Tomas Brell.',
    ['Tomas Brell'],
  ],
  [
    'a bare role, then a comma and no name: the role as written',
    'Fares rose again. "We cannot accept this," said a union spokesman, adding that talks would go on.',
    ['a union spokesman', 'a union spokesman'],
  ],
  // definite-after-indefinite: a paragraph of narration between
  [
    '"The spokesman, talking by telephone," two paragraphs on, then "He added": the spokesman described first',
    'About 3,000 drivers are back at work, a spokesman at union headquarters said today.\n\nThe drivers walked out on May 2.\n\nThe spokesman, talking by telephone from Carvon, said 40 depots were closed.\n\nHe added that talks would resume on Monday.',
    [
      'a spokesman at union headquarters',
      'a spokesman at union headquarters',
      'a spokesman at union headquarters',
    ],
  ],
  [
    'another spokesman written in the paragraph between: not the first one',
    'About 3,000 drivers are back at work, a spokesman at union headquarters said today.\n\nA spokesman for the bus company declined to comment.\n\nThe spokesman said 40 depots were closed.',
    ['a spokesman at union headquarters', 'the spokesman'],
  ],
  // definite-described-earlier
  [
    '"The Dunmore naval source" after other speakers: the source described with all its words before',
    'Valdor has tested its new missile, a Dunmore naval source in the Gulf said.\n\nCarvon said it would not allow Valdor to use the missiles.\n\nThe Dunmore naval source said the missiles were in place at two sites.',
    ['a Dunmore naval source in the Gulf', 'Carvon', 'a Dunmore naval source in the Gulf'],
  ],
  [
    '"The other naval source": not the source described before',
    'Valdor has tested its new missile, a Dunmore naval source in the Gulf said.\n\nCarvon said it would not allow Valdor to use the missiles.\n\nThe other naval source said the missiles were in place at two sites.',
    ['a Dunmore naval source in the Gulf', 'Carvon', 'the other naval source'],
  ],
  [
    '"The Dunmore fire service" after "a Dunmore fire service statement": another head, not the statement',
    'The hall burned down, according to a Dunmore fire service statement.\n\nThe Dunmore fire service indicated an investigation was under way.',
    ['Dunmore statement', 'the Dunmore fire service'],
  ],
  // pronoun going on past a report nested in the last one
  [
    '"…, the spokesman said. “…,” he added." after a report nested in his: the spokesman, not the nested one',
    'Union chief Tom Rell accused Mr Dole of "playing a cheap card".\n\n"He is dividing our town," Rell said. Later, a spokesman for the mayor urged calm. Mr Dole had been saying he knew there was a view that the checks were aimed at one town, but that was not so, the spokesman said.\n\n"They are not aimed at one town," he added.',
    ['Tom Rell', 'Tom Rell', 'the spokesman', 'Dole', 'the spokesman'],
  ],
  // group-appositive-organisation
  [
    '"according to figures released by show organisers, the Consumer Gadget Association (CGA), …": the association',
    'Sales rose 11% in 2004, according to figures released by show organisers, the Consumer Gadget Association (CGA), on Tuesday.',
    ['Consumer Gadget Association'],
  ],
  [
    '"…, said the regulator, the Tarn Energy Authority.": the authority',
    'Sales rose 11% in 2004, said the regulator, the Tarn Energy Authority.',
    ['Tarn Energy Authority'],
  ],
  [
    'a list set off after the group: the group as written',
    'Sales rose 11% in 2004, according to analysts, the Keel Institute and the Tarn Bank.',
    ['analysts'],
  ],
  // a body shown by its spokesman's office: "the company"
  [
    '"Vexa spokeswoman" shows Vexa a body; "The company says" after it: Vexa (a headline\'s "Latest Vexa" no person)',
    'Latest Vexa browser gets vocal\n\nThe latest version of the browser will read pages aloud. "Our mission was always to serve everyone," said Vexa spokeswoman, Berit Lunde.\n\nThe company says that voice features are not solely aimed at blind people.',
    ['Berit Lunde', 'Vexa'],
  ],
  [
    '"a Kremlin spokesman", then "The company said": no company named, as written',
    'Talks broke down in Tarnland. "We will not sign," said a Kremlin spokesman.\n\nThe company said it would leave the market.',
    ['a Kremlin spokesman', 'the company'],
  ],
  // class-joined-organisation: a class the entity layer knows
  [
    '"NATO … The alliance said": the alliance the entity layer knows, spelt out as the article does',
    'The North Atlantic Treaty Organisation (NATO) met in Brussels on Monday. The alliance said it would send more troops.',
    ['North Atlantic Treaty Organisation'],
  ],
  [
    '"The alliance said" with no alliance named or known: as written',
    'Tarnland and Varnland met in Brussels on Monday. The alliance said it would send more troops.',
    ['the alliance'],
  ],
  [
    '"The company said" after two companies: not the layer\'s nearest company (the rules before stand)',
    'Keel Mills Inc said it agreed to buy Varn Foods Corp for 40 mln dlrs. The company said the deal would close in May.',
    ['Keel Mills Inc', 'Keel Mills Inc'],
  ],
  // pronoun-previous-group past a paragraph of figures
  [
    '"they said" two paragraphs after the group, figures between: the group, not a council in the report',
    "Grain prices look set to keep sliding, given the lack of progress towards a new Grain Council (GC) accord, according to grain traders and analysts.\n\nThe GC average price fell to 99 cents a lb on April 1, the lowest for five years.\n\nQuotas will not now be renegotiated before the GC's annual council session, and the frost season may prove the only bullish factor, they said.",
    ['grain traders and analysts', 'grain traders and analysts'],
  ],
  [
    '"they said" two paragraphs after the group, another group between: the other group',
    'Grain prices look set to keep sliding, according to grain traders.\n\nDealers in Keel were more hopeful about the new crop.\n\nQuotas will not now be renegotiated before May, they said.',
    ['grain traders', 'Dealers in Keel'],
  ],
  // elder-namesake
  [
    '"The elder/younger Gonzalez" after "Luis Gonzalez and his son Pedro Gonzalez": father, then son',
    'Luis Gonzalez and his son Pedro Gonzalez met reporters. The elder Gonzalez said the boy would stay. The younger Gonzalez said he was happy.',
    ['Luis Gonzalez', 'Pedro Gonzalez'],
  ],
  [
    'two namesakes with no relation written: not told apart by this rule',
    'Luis Gonzalez and Ana Gonzalez met reporters. The elder Gonzalez said the boy would stay.',
    ['Ana Gonzalez'],
  ],
  // quoted-by-head
  [
    '"…, an investigator quoted by the Keel Gazette said.": the investigator, not the newspaper',
    'The crash killed nine people. The engines were faulty, an investigator quoted by the Keel Gazette said.',
    ['an investigator'],
  ],
  [
    '"…," said an official cited by Radio Nord.: the official',
    '"The engines were faulty," said an official cited by Radio Nord.',
    ['an official'],
  ],
  [
    '"the Keel Gazette said, quoting an investigator": the newspaper, which says it',
    'The engines were faulty, the Keel Gazette said, quoting an investigator.',
    ['Keel Gazette'],
  ],
  // role-named-next: an office with its body's capitalised name
  [
    '"the Growers Federation Secretary said." in the lead, the next sentence opening with a name: that person',
    'Prices will fall this year, the Growers Federation Secretary said.\n\nKarl Vendt confirmed that the federation would cut its forecast.',
    ['Karl Vendt', 'Karl Vendt'],
  ],
  [
    'the office past the lead: not the one named next',
    'Norvel shares fell.\n\nTrading was thin.\n\nBrokers were cautious.\n\nPrices will fall this year, the Growers Federation Secretary said.\n\nKarl Vendt confirmed that the federation would cut its forecast.',
    ['Growers Federation Secretary', 'Karl Vendt'],
  ],
  // trailing cue after a name with a lower-case particle
  [
    '\'"…," de Vries said.\' after a narrated report by another subject: de Vries',
    'Finance minister Ronald de Vries said costs would rise.\n\nValdor planned to borrow 600 mln dlrs from Keel Bank, he said.\n\n"We also plan to ask the bank for another 200 mln dlrs," de Vries said.',
    ['Ronald de Vries', 'Ronald de Vries', 'Ronald de Vries'],
  ],
  // shared-cue-subject after an adjective's "that" clause
  [
    '"The society is concerned that … and said": the society',
    'The Ardent Society is concerned that young talent is not adequately represented online and said they were looking at ways of fixing it.',
    ['Ardent Society'],
  ],
  [
    '"… is confident that Ann Berg told … and said": left to the clause with a report of its own',
    'The Ardent Society is confident that Ann Berg told the truth and said the vote would go ahead.',
    ['Ann Berg'],
  ],
  // next-quote-attribution: a quote left open runs into the next one
  [
    'a paragraph quote left open, the next quote attributed after it: the same speaker',
    'Coach Ray Dunn spoke after the match on Friday. Dunmore host Carvon next week. "It\'s a big game but we\'ve had one session. We need to manage it. "If five players are picked they should move the date," said Dunn.',
    ['Ray Dunn', 'Ray Dunn'],
  ],
  [
    'a closed quote before the attributed one: not lent from the next quote',
    'Dunmore host Carvon next week. "It\'s a big game and we need to manage it." "If five players are picked they should move the date," said Dunn.',
    [null, 'Dunn'],
  ],
  // role-apposed-later
  [
    '"The Tarnland attorney general said" before "said Greg Abel, Tarnland attorney general": the name',
    'Tarnland has filed a lawsuit against two men. The Tarnland attorney general said the messages broke three laws.\n\nThe men deny it. "Illegal spam must be stopped," said Greg Abel, Tarnland attorney general.',
    ['Greg Abel', 'Greg Abel'],
  ],
  [
    "another state's attorney general set off after the name: the descriptor as written",
    'Tarnland has filed a lawsuit against two men. The Tarnland attorney general said the messages broke three laws.\n\nThe men deny it. "Illegal spam must be stopped," said Greg Abel, Varnland attorney general.',
    ['the Tarnland attorney general', 'Greg Abel'],
  ],
  // trailing-subject-cue: a cue running on into a quote of its own
  [
    '"…." Ian Mole said earlier it was "…": the earlier quote goes on from its own speaker',
    'Reporter Glen Carr said: "No minister signed off the release. "But ministers can ask hard questions about the danger to the public." Party leader, Ian Mole, said earlier it was "almost beyond belief that this happened".',
    ['Glen Carr', 'Glen Carr', 'Ian Mole'],
  ],
  [
    '"…." Ian Mole said on Friday.: still the attribution',
    'The vote is in May. "We will win the vote in May." Ian Mole said on Friday.',
    ['Ian Mole'],
  ],
  // fullest name: "Neither" opens no name
  [
    '"Neither Varnhome, …, nor …" later in the text: the company is "Varnhome"',
    'Earlier today, closely held Varnhome, the largest chain in the country, said it agreed to be bought by an investor group. Neither Varnhome, which is owned by its founder, nor the group would disclose the value.',
    ['Varnhome'],
  ],
  // document-of-speaker
  [
    '"said the statement" after "In a statement the Tarn Animal Society said": the society',
    'In a statement the Tarn Animal Society said it had "grave concerns" about the plan. "Animals hit but not killed would suffer," said the statement.',
    ['Tarn Animal Society', 'Tarn Animal Society'],
  ],
  [
    '"said the report" with no report of a named source before: as written',
    'Tom Reid said the plan would fail. "The report is wrong," he said. "We will fight it," said the report.',
    ['Tom Reid', 'Tom Reid', 'the report'],
  ],
  // document-by
  [
    '"according to a round-up of ultimate gizmos compiled by Gadget Monthly Magazine": the magazine',
    'The Vexa phone is the top gadget for 2005, according to a round-up of ultimate gizmos compiled by Gadget Monthly Magazine.',
    ['Gadget Monthly Magazine'],
  ],
  // narration subject with a possessive and a role with "of"
  [
    '"Tarnland\'s minister of sport Jaime Lorca was quick to …. “…,” he said.": the minister, not the earlier speaker',
    'Coach Luis Arran insisted the comments were not meant to offend. "I never intended to offend anyone," he said at the time.\n\nBut the storm grew after the game. Tarnland\'s minister of sport Jaime Lorca was quick to give his backing to the decision. "Everyone who has a public role has to consider their words," he said.',
    ['Luis Arran', 'Luis Arran', 'Jaime Lorca'],
  ],
  [
    '"Tarnland\'s coach was quick to …. “…,” he said.": no name, the earlier speaker goes on',
    'Coach Luis Arran insisted the comments were not meant to offend. "I never intended to offend anyone," he said at the time.\n\nTarnland\'s coach was quick to back the decision. "Everyone has to consider their words," he said.',
    ['Luis Arran', 'Luis Arran', 'Luis Arran'],
  ],
  // same-mention
  [
    '"He said: “A. “B. “C.”": one "He" for all three, not a name introduced in between',
    'Film star Dan Hollis has hit out at modern films. Hollis is in Tarnland to publicise his new comedy, which also stars Robert Dane, Barbra Kent and Ben Stoller.\n\nHe said: "You go to the cinema and you realise you\'re watching the third act. "There is this massive film-making where you spend money. "The whole culture is in the craphouse."',
    ['Dan Hollis', 'Dan Hollis', 'Dan Hollis'],
  ],
  [
    'two pronouns, each its own quote: each resolved where it stands',
    'Talks ended on Monday. "We agreed on the plan," Ann Tull said. "It went well," she added.\n\n"We did not agree," Tom Reid said. "It was bad," he added.',
    ['Ann Tull', 'Ann Tull', 'Tom Reid', 'Tom Reid'],
  ],
  // document-owner: an owner shown speaking by an inverted cue or "according to"
  [
    '"The Varnex report suggests" after "…, said Varnex.": Varnex, which speaks in its own name',
    'Camera phones\n\nPhones will shrink, said Varnex. The Varnex report suggests that prices will fall.',
    ['Varnex', 'Varnex'],
  ],
  [
    '"a report from analysts Varnex" and "according to Varnex,": Varnex for each',
    'Camera phones are must-haves\n\nFour times more camera phones will be sold this year, says a report from analysts Varnex. By 2008, according to Varnex, 95% of phones will have cameras. The Varnex report suggests that prices will fall.',
    ['Varnex', 'Varnex', 'Varnex'],
  ],
  [
    '"The Varnex report" with Varnex never speaking: the report as named',
    'Camera phones\n\nPhones will shrink, analysts said. The Varnex report suggests that prices will fall.',
    ['analysts', 'Varnex report'],
  ],
];

testSpeakers('speaker classes from unseen texts, round 5', CASES);
