import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The answer of a person asked on a day, in the next sentence, takes that day (invented people and places;
// published on Sunday 2017-06-04).
const RULE = 'link/when-asked-then-said';
const kell = (content: string, cue: string) => (t: string) => [quote(t, 'direct', content, cue, 'Ada Kell')];

const CASES: WhenCase[] = [
  [
    'asked on a weekday, a pronoun answers after the quote',
    'Mayor Ada Kell was asked on Friday about the ferry toll. "It will fall next year," she said.',
    kell('It will fall next year,', 'said'),
    '2017-06-02',
    RULE,
  ],
  [
    'asked yesterday, the answer told after an aside',
    'Ada Kell, the port chairman and a former judge, was asked yesterday about the deal. In an interview, she declined to give figures, but said: "Nobody wants a strike."',
    kell('Nobody wants a strike.', 'said'),
    '2017-06-03',
    RULE,
  ],
  [
    'asked last Wednesday, the answer told to a hearer',
    'Ms Kell was asked last Wednesday if the plan would cut costs. Kell told councillors: "Costs will fall."',
    kell('Costs will fall.', 'told councillors'),
    '2017-05-31',
    RULE,
  ],
  [
    'asked by reporters on a weekday',
    'Ada Kell was asked by reporters on Thursday whether she would stand. "Not this time," Kell said.',
    kell('Not this time,', 'said'),
    '2017-06-01',
    RULE,
  ],
  [
    'asked after words quoted to the end of the sentence before',
    '"We want more ferries." Ms Kell was asked last Wednesday if the plan would cut costs. Kell told councillors: "Costs will fall."',
    kell('Costs will fall.', 'told councillors'),
    '2017-05-31',
    RULE,
  ],
  [
    'not a person named inside quoted words before the verb',
    'The "Kell plan" was asked about on Friday. "It will fall," Kell said.',
    kell('It will fall,', 'said'),
    null,
    null,
  ],
  // negatives
  [
    'not a day that dates something else in the question',
    'Ada Kell was asked about the loans after the Tarn bank on Friday cut its rating. "We are safe," she said.',
    kell('We are safe,', 'said'),
    null,
    null,
  ],
  [
    'not the answer of another person',
    'Tom Orr was asked on Friday about the ferry toll. "It will fall next year," Ada Kell said.',
    kell('It will fall next year,', 'said'),
    null,
    null,
  ],
  [
    'not a question still to come',
    'Ada Kell will be asked on Friday about the ferry toll. "It will fall next year," she said.',
    kell('It will fall next year,', 'said'),
    null,
    null,
  ],
  [
    'not two sentences on',
    'Ada Kell was asked on Friday about the ferry toll. The toll has doubled since 2010. "It will fall," she said.',
    kell('It will fall,', 'said'),
    null,
    null,
  ],
  [
    'not across a paragraph break',
    'Ada Kell was asked on Friday about the ferry toll.\n\n"It will fall next year," she said.',
    kell('It will fall next year,', 'said'),
    null,
    null,
  ],
];

testLastDated(CASES);
