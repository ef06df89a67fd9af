import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// Transcripts and signed quotes (issue 3, seen in US outlets' pages), invented sentences through the whole chain.
// [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    "a transcript quoted in marks: each paragraph opens with its speaker's capitalised label",
    'On Sunday\'s "Harbour Hour," Governor Tessa Ambler said the port deal was sound.\n\nPart of the exchange:\n\n"DRUMMOND: Governor, will the deal survive the vote?\n\n"AMBLER: It will, because the numbers add up for every town on the coast.\n\n"DRUMMOND: And if it does not?\n\n"AMBLER: Then we start again next spring."',
    ['Tessa Ambler', 'Drummond', 'Tessa Ambler', 'Drummond', 'Tessa Ambler'],
  ],
  [
    'a labelled paragraph, then a paragraph of the same answer without a label',
    'Governor Tessa Ambler spoke to the host, Ivo Drummond.\n\n"DRUMMOND: Is the port safe?\n\n"AMBLER: Well, look, Lena Farr has said it is not. Lena Farr knows as much about ports as I know about opera.\n\n"But the truth is that the port has never been busier."',
    ['Ivo Drummond', 'Tessa Ambler', 'Tessa Ambler'],
  ],
  [
    'a capitalised label that names nobody in the article is not a speaker',
    'Governor Tessa Ambler spoke to the chamber on Sunday.\n\n"UPDATE: The vote has been moved to Friday."',
    ['Tessa Ambler'],
  ],
  [
    'quotes signed with a horizontal bar',
    'Readers told us what they think of the plan.\n\n“It is a waste of money and nobody asked us.” ― Maren Holt\n“We have waited ten years for a bridge like this.”― Piet Varga',
    ['Maren Holt', 'Piet Varga'],
  ],
];

testSpeakers('speakers: transcripts and signed quotes', CASES);

// Titles, places and shared surnames (issue 3, seen in US outlets' pages).
const NAME_CASES: SpeakerCase[] = [
  [
    "a person's town and region between the name and a relative clause are no subject",
    'Ada Rilke, 59, of Bowie, Md., who watched the parade on a screen, said it brought back memories of "all the people who did things to get us here."',
    ['Ada Rilke'],
  ],
  [
    'a dateline in capitals before the subject',
    'DOVER, Del. — Lena Marsh, the mayor, said the port was "open for all ships and all crews."',
    ['Lena Marsh'],
  ],
  [
    '"said it would tell …": a thing in the report is not the speaker of the partial quote',
    'DOVER -- President Marsh, opening the Harbour Museum on Saturday, said it would tell a story of "loss and hope, of sailing into the storm and then seeing the shore."',
    ['Marsh'],
  ],
  [
    '"the president" is the one titled President, not the Vice President',
    'President Marsh spoke first, with Vice President Karl J. Brandt Jr. beside her.\n\n"We are here to remember," the president said.',
    ['Marsh'],
  ],
  [
    'a surname two people share goes on with the one just quoted',
    'Former Governor Tom Ambler criticised the plan at a rally for his wife, Tessa Ambler.\n\nDuring the rally, the former governor said the plan was too costly.\n\n"It makes no sense," Ambler said.',
    ['Tom Ambler', 'Tom Ambler'],
  ],
  [
    '"He said" after a sentence whose subject is a person and whose object is another',
    '"We have come a long way," Mr. Marsh said.\n\nMr. Marsh spoke of his walks past the statue of Ada Rilke, standing in the square. He said he had watched the town change.',
    ['Marsh', 'Marsh'],
  ],
  [
    'a quoted show title in the aside between the subject and the cue',
    'Foreign Minister Ann Roe, speaking on the radio show "This Week," said the request gives the country "a legal basis for stopping the ships."',
    ['Ann Roe'],
  ],
  [
    'a day word after the subject, then an "asked whether" aside',
    'And President Roe yesterday, asked whether she was glad the talks had resumed, replied: "I see nothing to be pleased about."',
    ['Roe'],
  ],
  [
    'two roles of one person joined by "and current"',
    'Former Governor Ann Roe spoke on Tuesday. On the radio show, the former governor and current Liberal candidate said she wanted to speak "directly to the voters of the north."',
    ['Ann Roe'],
  ],
  [
    '"the former secretary of state": the role before "of", for the person the story is about',
    'Ann Roe said on Tuesday the mill would close.\n\nOn the radio show, the former secretary of state said she wanted to speak "directly to the voters of the north."',
    ['Ann Roe', 'Ann Roe'],
  ],
  [
    'a partial quote joined to the one before by "and" shares its speaker',
    'Tom Vell spoke at the fair. Farmers, Vell said, can "plough like a storm" and "sing like a choir at dawn."',
    ['Tom Vell', 'Tom Vell'],
  ],
  [
    'the owner of a statement a partial quote is taken from',
    'A fact-checking site ruled that Tom Vell\'s statement about "thousands of new jobs" was wrong.',
    ['Tom Vell'],
  ],
  [
    'a name ending in a lower-case particle is a name, and "he" goes on from it',
    'Secretary Ada Roe said the talks would go on.\n\nAmbassador Ahmed Maher el-Sayed condemned the "cowardly, criminal and tragic" bombings.\n\n"Terrorism is alien to our history," he said.',
    ['Ada Roe', 'Ahmed Maher el-Sayed', 'Ahmed Maher el-Sayed'],
  ],
  [
    "an inverted cue opening the sentence before newswire ``…'' marks",
    "Tom Vell called the plan a lie. Replied ministry spokesman Karl Brandt, ``We have not read the plan in detail, but it looks like more of the same.''",
    ['Karl Brandt'],
  ],
  [
    'a pronoun inside reported words stands for the person they last name',
    'Retired general Ann Roe said Tom Vell was right when he said the army had been reduced to ruins.',
    ['Ann Roe', 'Tom Vell'],
  ],
  [
    "an owner's descriptor the article's organisation name spells out",
    "Singer Ada Roe has died, the Ada Roe Animal Foundation said. She was 97.\n\nRoe's animal foundation said she had wanted no memorials.",
    ['Ada Roe Animal Foundation', 'Ada Roe Animal Foundation'],
  ],
];

testSpeakers('speakers: titles, places and shared surnames', NAME_CASES);
