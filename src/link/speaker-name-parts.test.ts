import { testSpeakers } from './speaker-test-fixtures.js';

// Issue 3, session 10: parts of a name lost on unannotated text (surname-first names, compound and paternal
// surnames, initials' stops, a name the quote finder cut). Invented names; negative cases keep what was right.
// [construction, text, speakers of the quotes in text order]
testSpeakers('name parts the title-stripping or the surname join lost', [
  [
    'a surname-first name after an office: the surname is no role word',
    'Primary Industries Minister Ong Keng Siew said that Norland wants a second rubber pact.',
    ['Ong Keng Siew'],
  ],
  [
    'a first name after an honorific, before a middle name the table knows',
    'In a briefing, the director of the institute, Dr Tahmeena Sabrina Koli, said the cases included four men.',
    ['Tahmeena Sabrina Koli'],
  ],
  [
    'initials before a name after an office',
    'Commerce Secretary A.B.M. Rafiq Olam said the talks would go on.',
    ['A.B.M. Rafiq Olam'],
  ],
  [
    'a sentence adverb before a name is no part of it',
    'Yet Dorian Vale said the plan would fail.',
    ['Dorian Vale'],
  ],
  [
    'a second office word before a name is no part of it',
    'Deputy Administrator Lora Penn said the launch would slip to May.',
    ['Lora Penn'],
  ],
  [
    'a hyphenated office after a title is no part of the name',
    'Executive Vice-President Dana Rusk said profits would rise.',
    ['Dana Rusk'],
  ],
  [
    'a surname of two words after the full name: the full name',
    'President Ramon Ortez Valdo said the debt would be paid. Private banks had doubts, Ortez Valdo said.',
    ['Ramon Ortez Valdo', 'Ramon Ortez Valdo'],
  ],
  [
    '"Mrs <surname of two words>" after the full name: the full name',
    'Helena Ashby Crane opened the hall on Monday. Mrs Ashby Crane said: "I am delighted to be here."',
    ['Helena Ashby Crane'],
  ],
  [
    'a surname of two words two people share: no one fuller name',
    'Ana Ortez Valdo and her brother Ramon Ortez Valdo met the press. Ortez Valdo said the firm would be sold.',
    ['Ortez Valdo'],
  ],
  [
    'the first of two surnames after the full name: the full name',
    'Ricardo Torvel Nunez, the governor, resigned on Friday. Torvel said he would leave office in August.',
    ['Ricardo Torvel Nunez'],
  ],
  [
    'the first of two surnames two people share: no one fuller name',
    'Ricardo Torvel Nunez and Marta Torvel Ibarra spoke on Friday. Torvel said he would leave office in August.',
    ['Torvel'],
  ],
  [
    'a middle name that is a first name is no surname',
    'Alma Grace Weller chaired the panel on Monday. Grace said the vote was fair.',
    ['Grace'],
  ],
  [
    "an initial's stop as the text writes it",
    'Professor John C. Vardell of Dunmore Law School writes that the clause needs care. Vardell said the courts would decide.',
    ['John C. Vardell', 'John C. Vardell'],
  ],
  [
    'a company named whole first, later by its first words: the whole name',
    'Keel Mining and Smelting Co Ltd said it cut zinc prices. Keel Mining said demand was weak.',
    ['Keel Mining and Smelting Co Ltd', 'Keel Mining and Smelting Co Ltd'],
  ],
  [
    'a company named whole with a lower-case "plc", later by its first words: the whole name',
    'Tarn Oil and Gas plc, a Kelso oil company, said it raised its stake. Tarn Oil said it bought shares.',
    ['Tarn Oil and Gas plc', 'Tarn Oil and Gas plc'],
  ],
  [
    'a lower-case "plc" after two companies joined by "and" is no one name',
    'Norvel said sales rose. Norvel and Dunmore plc signed a deal, Norvel said.',
    ['Norvel', 'Norvel'],
  ],
  [
    'a firm named whole with "and Co", later by its first word: the whole name',
    'Varnheim Tolder and Co Inc said it hired a banker. Varnheim said the banker starts in May.',
    ['Varnheim Tolder and Co Inc', 'Varnheim Tolder and Co Inc'],
  ],
  [
    'a firm closed by "and Co" does not lend its name to two firms joined by "and"',
    'Norvel and Dunmore Co signed a deal. Norvel said sales rose.',
    ['Norvel'],
  ],
  [
    'a unit named with a capital is a body, a role word opening it part of its name',
    'Growth will slow in Norland next year, the Economist Forecasting Unit said.',
    ['Economist Forecasting Unit'],
  ],
  [
    'a role word before a person stays a title',
    'Growth will slow in Norland next year, economist Ann Roe said.',
    ['Ann Roe'],
  ],
  [
    'two companies joined by "and" are no one name',
    'Norvel said sales rose. Norvel and Dunmore Corp signed a deal, Norvel said.',
    ['Norvel', 'Norvel'],
  ],
  [
    'a role before a name and "of <firm>" after it are no part of it',
    'Analyst Hester Quayle of Merrill Vance and Co said the bank stocks were risky.',
    ['Hester Quayle'],
  ],
  [
    '"<name> of <service>": the person',
    'Nils Odden of Rogaland Fire and Rescue said no crews would enter the building.',
    ['Nils Odden'],
  ],
  [
    'a spokesman for a named official is the spokesman',
    'A spokesman for Trade Commissioner Ann Lee said the talks would resume.',
    ['a spokesman for Trade Commissioner Ann Lee'],
  ],
  [
    'a group a wire writes with capitals keeps its country',
    'The talks will resume in May, but U.S. Officials said the two sides remained far apart.',
    ['U.S. Officials'],
  ],
  [
    'a body whose name has "and" inside is named whole',
    'The Marine and Safety Executive said the quay would stay shut until June.',
    ['Marine and Safety Executive'],
  ],
  [
    'a department "of <a> and <b>" is named whole',
    'The Norland Department of Health and Rural Services said the clinic would reopen.',
    ['Norland Department of Health and Rural Services'],
  ],
  [
    'a body "of" a list of capitalised words is named whole',
    'Fares will rise in May, the Norland Union of Rail, Maritime and Harbour Workers said on Friday.',
    ['Norland Union of Rail, Maritime and Harbour Workers'],
  ],
  [
    'places speaking together are named together',
    'Vennholm, Dunmore, and Brightwater said the treaty was dead.',
    ['Vennholm, Dunmore, and Brightwater'],
  ],
  [
    'a spokesman for two firms is the spokesman',
    'A spokesman for Keel Mining and Vale Steel said the mine would close.',
    ['a spokesman for Keel Mining and Vale Steel'],
  ],
  [
    'a name the quote finder cut after a word it took for a verb',
    'Downing Street has confirmed that troops are ready to help.',
    ['Downing Street'],
  ],
]);
