import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// An answer takes the day of the question told just before it (invented people and places; published on Sunday
// 2017-06-04).
const RULE = 'link/when-answer-asked';
const ANSWER = 'Then Ada Kell replied: "Silence is your answer."';
const answer = (t: string) => [quote(t, 'direct', 'Silence is your answer.', 'replied', 'Ada Kell')];

const CASES: WhenCase[] = [
  [
    'the day of the question two sentences back, across a paragraph break',
    `On the plane to the summit on Friday, the ministers were asked whether Vell could ever join.\n\nThere was a long pause. ${ANSWER}`,
    answer,
    '2017-06-02',
    RULE,
  ],
  [
    'the question in the sentence before',
    `At the summit on Friday, the ministers were asked whether Vell could ever join. ${ANSWER}`,
    answer,
    '2017-06-02',
    RULE,
  ],
  [
    'not without a question told',
    `On the plane to the summit on Friday, the ministers sat in silence.\n\nThere was a long pause. ${ANSWER}`,
    answer,
    null,
    null,
  ],
  [
    'not a question three sentences back',
    `On Friday, the ministers were asked whether Vell could ever join. The plane landed. Nobody moved. There was a long pause. ${ANSWER}`,
    answer,
    null,
    null,
  ],
  [
    'not when two times are told since the question',
    `On Friday, the ministers were asked whether Vell, which applied in March, could ever join. ${ANSWER}`,
    answer,
    null,
    null,
  ],
  [
    'not a cue of another kind',
    'At the summit on Friday, the ministers were asked whether Vell could ever join. Ada Kell has replied that "silence is your answer."',
    (t) => [quote(t, 'indirect', 'silence is your answer.', 'has replied', 'Ada Kell')],
    null,
    null,
  ],
];

testLastDated(CASES);
