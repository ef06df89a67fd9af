import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Speaker classes found on unseen wire, broadcast and campaign texts, with invented sentences, through the whole
// chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"They point out" after a group with ", however," before its verb: the group',
    'Norvel shares rose on Monday.\n\nSome market participants, however, are more bullish. They point out that bond gains have been eroded by the weaker dollar.',
    ['some market participants'],
  ],
  [
    '", they say" after an opening phrase before the group: the group',
    'Exports fell in May.\n\nDespite this, traders expect strength in the world economy. Structural reform should also help, they say.',
    ['traders'],
  ],
  [
    '"they insist" after a possessor\'s group as subject: the group as written',
    "Tarnland's economic leaders have been talking up the economy. The economy is growing fast, they insist.",
    ["Tarnland's economic leaders"],
  ],
  [
    '"While analysts give …, they note": the group of the same sentence',
    'While industry analysts give Norvel high marks for its plans, they note that it failed to forecast demand.',
    ['industry analysts'],
  ],
  [
    '"they" after a group governed by a preposition only: left as written',
    'Prices for traders fell sharply. The market will recover, they say.',
    ['they'],
  ],
  [
    '"The station" after a singer and a station\'s session: not the singer',
    'Ray Tolland is to play live as part of a Radio Nine special. The station also confirmed that Ola Berg will host a new show.',
    ['the station'],
  ],
  [
    'an office with a possessive owner, the story about someone else: the descriptor',
    'Ann Tull was cleared by the court on Monday. Tom Reid, her lawyer, said: "The case was weak."\n\nThe fine was set at 100 crowns.\n\nThe agency\'s inspector general told the court that basic checks were never done.',
    ['Tom Reid', "the agency's inspector general"],
  ],
  [
    "an office the story's subject was never given, another person named: the descriptor",
    'Ann Tull spoke at the rally in Keel on Monday. Ann Tull has won twice. "We will win," Tom Reid said.\n\nThe governor claimed that crime had gone down.',
    ['Tom Reid', 'the governor'],
  ],
  [
    '"the prime minister" in a story about its holder: the holder',
    'Tom Varden met Ann Tull on Monday. Tom Varden will visit Keel soon. "It went well," Ann Tull said.\n\nThe prime minister said taxes would fall.',
    ['Ann Tull', 'Tom Varden'],
  ],
  [
    'a role of one left unnamed, then "he said": the same descriptor',
    '"Prices will fall," the chief executive of a leading Tarn car maker said. The trend was "quite stupid", he said.',
    ['the chief executive of a leading Tarn car maker', 'the chief executive of a leading Tarn car maker'],
  ],
  [
    '"They" after "the head of" a group: not the head',
    'Both officers denied the charge.\n\nThe head of the internal investigators told the court the scene was never secured. The officers are back at work. They indicated they would appeal.',
    ['the head of the internal investigators', 'the officers'],
  ],
  [
    'a descriptor with a name in apposition whose surname has a particle: the name',
    "Gunmen attacked the convoy on Monday.\n\nThe city's security chief, Karim al-Tanuri, announced on Tuesday there were suspects in custody.",
    ['Karim al-Tanuri'],
  ],
  [
    'a party and state tag as the mention: the lawmaker named before it',
    'The plan got support from Sen. Tom Reid, R-Idaho, who agreed that the aid should cover all lenders.',
    ['Tom Reid'],
  ],
  [
    '"this tweet from X who tweeted": X',
    'Among many replies was this tweet from Ann Tull who tweeted, "They never respect the rules."',
    ['Ann Tull'],
  ],
  [
    'a comma-bounded relative clause naming a department before the cue: the subject',
    "Ms. Tull's campaign, which has been shadowed for months by the row over the server she used at the Keel Department, said that the emails had no bearing on the case.",
    ["Ms. Tull's campaign"],
  ],
  [
    '"owns A and B has said": B',
    'State-owned Tarnoil now owns Keelgas and Norland has said it will turn the unit into a stand-alone firm.',
    ['Norland'],
  ],
  [
    'a company named with "and" opening the sentence: the whole name',
    'Keel Mining and Smelting Co said it would cut jobs.',
    ['Keel Mining and Smelting Co'],
  ],
  [
    'an acronym in brackets after the end of a long name: the long name',
    'The annual report of the Keel Commission for Asia and the Pacific (KCAP) said exports had slowed. KCAP said growth would return.',
    ['Keel Commission for Asia and the Pacific', 'Keel Commission for Asia and the Pacific'],
  ],
  [
    'a name with a demonym that ends in "Industry": the whole name',
    'The British Phonographic Industry said that illegal downloads had doubled in a year.',
    ['British Phonographic Industry'],
  ],
  [
    'a name with its generation, later by surname: the whole name',
    'It turns out that donor Luther Stan Tand IV, a Keel tycoon, was behind the effort.\n\nTand also told reporters he would back Ann Lee.',
    ['Luther Stan Tand IV'],
  ],
  [
    'a name followed by an unspaced dash: the name alone',
    'It turns out that Luther Stan Tand\u2014a Keel tycoon\u2014was behind the effort.\n\nTand also told reporters he would back Ann Lee.',
    ['Luther Stan Tand'],
  ],
  [
    'a given name that is also a capital, then an initial: the whole name',
    'Douglas J. Tand, who led the trust, emailed Ann Lee.\n\nMr. Tand wrote that he needed help.',
    ['Douglas J. Tand'],
  ],
  [
    'a company name ending in "Am" before "said": the company, no passive',
    'For the first quarter, Tarn Am said, its load factor rose to 56 pct.',
    ['Tarn Am'],
  ],
];

testSpeakers('speaker classes from unseen texts', CASES);
