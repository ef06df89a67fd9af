// Organisation speakers named in full and without junk (issue #3, held-out judging): the owner of a document,
// the longer name a short one stands for, the company a role noun stands for. Invented text only.
import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

const CASES: SpeakerCase[] = [
  // speaker-document-owner
  [
    '"As Mr <surname>\'s report noted" → the person named in full',
    'Former premier Ansel Varga led the review for the union.\n\nAs Mr Varga\'s report noted: "Growth stalled before the ink was dry."',
    ['Ansel Varga'],
  ],
  [
    '"A <name> statement said" → the organisation named alone elsewhere',
    'Norvel said the Saudis had been warned.\n\nA Norvel statement said the shipment would arrive on Friday.',
    ['Norvel', 'Norvel'],
  ],
  [
    '"the Bank\'s latest report" → the bank named in full before',
    "The Bank of Essex kept rates on hold.\n\nThe Bank's latest inflation report had noted that weaker spending would slow prices.",
    ['Bank of Essex'],
  ],
  [
    '"<possessor>\'s <title> report" → the possessor',
    "Greenaid published its findings on Monday.\n\nGreenaid's Paying the Toll report said that aid had halved since 1990.",
    ['Greenaid'],
  ],
  [
    '"<name> of <institute> Research" is a person, not a document',
    'A new study found the ice was thinning.\n\n"The shelf is weak," said study author Ann Tull of Brightwater Research.',
    ['a new study', 'Ann Tull'],
  ],
  [
    '"Their statement" is no owner\'s name',
    'The council of Norland issued a statement on Friday.\n\nTheir statement also read: "Self-rule is a principle we will defend."',
    ['Norland'],
  ],
  // speaker-document-owner: the issuer that introduced "the report" / "the statement"
  [
    '"the statement said" after "<name> said in a statement"',
    'Prices rose by a tenth, the Norvel Trade Office said in a statement.\n\nThe statement said that exports would recover by June.',
    ['Norvel Trade Office', 'Norvel Trade Office'],
  ],
  [
    '"The report says" / "its report" after "<name> says in a new report"',
    'Aid has halved since 1990, Greenaid says in a new report.\n\nThe report says that rich nations must give more. "We do not ask for charity," says its report.',
    ['Greenaid', 'Greenaid', 'Greenaid'],
  ],
  [
    '"the report" after "In its latest report, <name> cut …"',
    'In its latest report, the Bank of Essex cut its forecast.\n\nThe report said that growth would slow.',
    ['Bank of Essex'],
  ],
  [
    '"the report" after "a recent report by <name>"',
    'Rents rose last year. A recent report by the Norland Audit Office found waste.\n\nThe report said that sales had fallen by a third.',
    ['Norland Audit Office'],
  ],
  [
    '"a statement from <person>\'s office" → the office',
    "Rates rose. According to a statement from Mr Tull's office, the executive admitted he had rigged the bids.",
    ["Mr Tull's office", 'Tull'],
  ],
  [
    '"a statement issued by the <nationality> …": a nationality is no issuer',
    'Ray Fenn said in a statement issued by the Freedonian car group the deal was vital. "It opens a new market," the statement said.',
    ['Ray Fenn', 'Ray Fenn'],
  ],
  [
    '"It issued a statement": a pronoun is no issuer\'s name',
    'Norvel had a poor year. It issued a statement on Friday.\n\nThe statement said that costs would be cut by a fifth.',
    ['the statement'],
  ],
  // speaker-from-name: the longer organisation name
  [
    '"<name>" written alone before "<name> Capital": a name of its own, not its unit',
    'Barrow reported record profits on Tuesday. Earnings at Barrow Capital rose by a quarter.\n\nBarrow said growth may slow this year.',
    ['Barrow'],
  ],
  [
    '"<name>\'s Export Council" is a part of it, not a longer name',
    "Dunmore's Export Council met on Monday.\n\nDunmore said exports would rise in the spring.",
    ['Dunmore'],
  ],
  [
    'the longer name the text writes first, not the shortest',
    "Tarn Services Inc said it will sell shares to its parent, Tarn S.A., at the market price.\n\nThe sale will raise the parent's stake to 75 pct, Tarn said.",
    ['Tarn Services Inc', 'Tarn Services Inc'],
  ],
  // speaker-names: acronyms and salient organisations
  [
    'an acronym of a company with two suffixes: "GMW" → "Granite Mill Works Co Ltd"',
    'The Granite Mill Works Co Ltd said it will merge two units.\n\nThe merger takes effect in June, GMW said.',
    ['Granite Mill Works Co Ltd', 'Granite Mill Works Co Ltd'],
  ],
  [
    '"the company" → a company whose first word is also a title, named whole',
    'General Lumber Corp said a judge ruled against its mill unit.\n\nThe company said it would appeal the ruling.',
    ['General Lumber Corp', 'General Lumber Corp'],
  ],
  [
    '"It added" → the bank the text names bare first and most, not its unit named later',
    'Barrow profits hit record\n\nBarrow, the third-biggest bank, saw profits rise. Earnings at Barrow Capital rose by a quarter. Barrow shares fell. It added that its bid for Keel Bank was being considered by regulators.',
    ['Barrow'],
  ],
  // speaker-from-pronoun: "it" for the organisation that was a verb's subject just before, not a place
  [
    '"<name> saw … after it said …" → the name opening the clause',
    'Vandrix to move plants\n\nVandrix saw its shares rise 14% on Tuesday after it said it would move ten plants to cheaper countries.',
    ['Vandrix'],
  ],
  [
    '"it said" after "<company> has announced a plant in India" → the company, not India',
    'Hollin Motors has announced a second plant in India. The company gave no details but it said the plant would make 1,000 cars a year.',
    ['Hollin Motors'],
  ],
  // speaker-company-continues: the organisation quoted in the sentence just before, across a paragraph break
  [
    '"The company also said" right after "<name> said it …" in the paragraph before',
    'Norvel Tigers said it has expanded its cargo routes to Asia.\n\nThe company also said it is launching a weekly service to Milan.',
    ['Norvel Tigers', 'Norvel Tigers'],
  ],
  [
    '"The Freedonian firm said" after "<name> Group said it …"',
    'Halvard Group said it would cut its dividend by half.\n\nThe Freedonian firm said it would only break even on the stadium.',
    ['Halvard Group', 'Halvard Group'],
  ],
  [
    '"the company" after a person\'s quote is not that person',
    'Prices will fall, Kara Lindqvist said on Monday.\n\nThe company said it had cancelled 70 flights.',
    ['Kara Lindqvist', 'the company'],
  ],
  // speaker-from-role: a newspaper named like a role
  [
    '"The Guardian reported" is the newspaper, not the person the story is about',
    'Prime Minister Ola Brandt resigned on Friday. The Guardian reported that the cabinet had split.',
    ['Guardian'],
  ],
  [
    '"The guardian said" in lower case is a role (unchanged)',
    'Ann Lee won custody. The guardian said that the child was happy.',
    ['Ann Lee'],
  ],
  // speaker-from-name: a region word in parentheses inside a firm's name is kept (+region-part), never "Ltd" alone
  [
    '"<Firm> Co (Europe) Ltd said" → the firm as written, not "Ltd"',
    'The notes were priced at par, Orr Securities Co (Europe) Ltd said.',
    ['Orr Securities Co (Europe) Ltd'],
  ],
  [
    '"<Firm> Co (Europe) Ltd said" before the clause',
    'Orr Securities Co (Europe) Ltd said the notes were priced at par.',
    ['Orr Securities Co (Europe) Ltd'],
  ],
  // find-mention: subjectBeforeAside, an aside whose only verb is a participle on its noun
  [
    '"A spokesman for <firm>, the concern controlled by …, said" → the spokesman',
    'A spokesman for Arden, the wine concern controlled by the Orr family, said the firm will post more profit.',
    ['a spokesman for Arden'],
  ],
];

testSpeakers('speakers: organisation names', CASES);
