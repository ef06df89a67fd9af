import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOfText } from './speakers-of-text.js';

// "it"/"they" in the sentence right after an organisation's or group's report goes on from it, not from a name
// inside the report or the quote; "he"/"she" skips a speaker the earlier quotes call by the other pronoun.
// Invented sentences. [construction, text, quote content it starts with, speaker]
const CASES: [string, string, string, string][] = [
  [
    '"it added" after a company\'s report, another company named inside the report',
    'Norvel Power Co said its board had delayed the second unit to June, under a pledge made to the Brackham Utilities Commission. Unit Two is about 60 pct complete, it added.',
    'Unit Two is about',
    'Norvel Power Co',
  ],
  [
    '"it noted" after a regulator\'s report, another organisation named inside the quote',
    'The Tarland Securities Commission said it had weighed the costs firms already faced at home. The Baltic Union, in particular, was bringing in new audit rules this year, it noted.',
    'The Baltic Union',
    'Tarland Securities Commission',
  ],
  [
    '"It said" after "the company said", a supplier named in the sentence before',
    'Halvard Systems Inc said it launched two new personal computers. The machines are built around a chip made by Quorra Corp, the company said. It said the cheaper model will sell for less than 2,000 dlrs.',
    'the cheaper model',
    'Halvard Systems Inc',
  ],
  [
    '"they said" after a group\'s report, a group named inside it',
    'Harbour traders said the new cranes would help the dock workers. They said the dock workers had been told to expect longer shifts.',
    'the dock workers had been',
    'Harbour traders',
  ],
  [
    '"They said" after an organisation the entity layer knows, a group named inside its report',
    'The Tarland Armed Forces said on Sunday the 36 people infected included 26 soldiers. They said the 36 people were moved to the south of the country.',
    'the 36 people were moved',
    'Tarland Armed Forces',
  ],
  [
    '"They said" after a group with where it is from, a company named inside its report',
    'Grain dealers in the Brackham area said Norvel Mills Inc raised the price it charges bakers by two cents. They said the increase brought the price to 50 cents a bag.',
    'the increase brought',
    'Grain dealers in the Brackham area',
  ],
  [
    'a report inside another report: the outer one goes on',
    'The Carrow News Agency also said Tarland oil sources said output was lower than the quota. It said one large producer had stopped lifting its crude in March.',
    'one large producer',
    'Carrow News Agency',
  ],
  [
    'a speaker the earlier quotes call "she" is no "he"',
    'Education Secretary Mara Quell said teachers needed more powers. She said schools would get new funds. Ms Quell said reforms should build on the old exams. Her plans did not impress the opposition spokesman Tom Bexley. “Mara Quell has no idea what to put in their place,” he said.',
    'Mara Quell has no idea',
    'Tom Bexley',
  ],
  [
    'a spokesman "for the" organisation is one unnamed person',
    'Dock workers walked out on Monday, a union leader said. A spokesman for the Carrow Port Authority said the order to send in the navy came from the minister. But he said there had been no incidents.',
    'there had been no incidents',
    'a spokesman for the Carrow Port Authority',
  ],
  [
    "a report by a document inside a person's report: the person goes on",
    'Finance minister Hans Rettberg spoke to reporters before the meeting. But he noted the official communique said the six had agreed to keep rates stable. “We are taking this sentence very seriously,” he said.',
    'We are taking this',
    'Hans Rettberg',
  ],
  [
    'a report by "the police" inside a person\'s report: the person goes on',
    'Opposition leader Tom Brackley said the police had said ID cards could help them stop a bomb plot. He added: “When the police say that, you have to listen.”',
    'When the police say',
    'Tom Brackley',
  ],
  [
    'a subject with its organisation before its verb, after someone else spoke',
    'Police spokesman Tom Ardley said most hunts would obey the law. But Sara Bexley of the Rural Sports Alliance has questioned how police will check. “The rules are so blurred that the police cannot judge,” she said.',
    'The rules are so blurred',
    'Sara Bexley',
  ],
  [
    'a quote inside a narration sentence whose lead names its speaker and a verb of saying',
    'The company said it was halving its dividend, chief executive Tom Ardley said. Analysts said the cuts were overdue. Looking ahead, Mr Ardley forecast profitable growth for the year "with an operating margin in the upper teens and room for more".',
    'with an operating margin',
    'Tom Ardley',
  ],
  [
    '"quoted X as saying": the one quoted, not the outlet that spoke before',
    'Rebels seized the town, the radio said. His audience included the president, the radio said. It quoted Halvard Brenn as saying: "Everybody around us is pursuing the aim of destroying us. They say things."',
    'Everybody around us',
    'Halvard Brenn',
  ],
  [
    '"he added" in a new paragraph that opens by narrating a statement of someone new',
    'Trade minister Rob Penn said the talks had failed. "No deal can be made without us," he said.\n\nOn Tuesday, Prime Minister Tomas Varga called the agreement "void" and "absurd". "The agreement ignores our islands and the law of the sea," he added.',
    'The agreement ignores',
    'Tomas Varga',
  ],
];

// [construction, text, quote content it starts with, speaker it must not get]
const NOT: [string, string, string, string][] = [
  [
    'an opening word with a comma is no subject',
    'Dana Kell said she would run again. First, she mixed up two figures, claiming the deficit had doubled. More seriously, she told a radio host “the voters are wrong about me.”',
    'the voters are wrong',
    'First',
  ],
  [
    'a spokesman is no "it"',
    'Dunmore Telecom Inc said it will close two data centres. The new site will employ 300 people, a company spokesman said. Start-up of the new centre is expected in June, it said.',
    'Start-up of the new',
    'a company spokesman',
  ],
];

const quoteOf = (text: string, start: string) =>
  speakersOfText(text).find((q) => q.content.startsWith(start));

describe('speakers: "it"/"they" goes on from the organisation that reported just before', () => {
  for (const [name, text, start, speaker] of CASES)
    it(name, () => assert.equal(quoteOf(text, start)?.speaker, speaker));
  for (const [name, text, start, speaker] of NOT)
    it(`not: ${name}`, () => assert.notEqual(quoteOf(text, start)?.speaker, speaker));
});
