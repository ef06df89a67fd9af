import { type SpeakerCase, testSpeakers } from './speaker-test-fixtures.js';

// A newspaper spoken of by its kind ("the paper", "the newspaper", "the daily") in a press review, with invented
// sentences, through the whole chain. [construction, text, speakers of the quotes in text order]
const CASES: SpeakerCase[] = [
  [
    '"the paper" after a source whose name opens with "Daily": that paper',
    'The Daily Vell said the minister had misled parliament.\n\nThe paper added that an inquiry was needed.',
    ['Daily Vell', 'Daily Vell'],
  ],
  [
    '"the newspaper" after two papers reviewed in turn: the one named last',
    'The Daily Vell said the minister had misled parliament. The Weekly Tarn said the vote would be close.\n\n' +
      'The newspaper also said that turnout would fall.',
    ['Daily Vell', 'Weekly Tarn', 'Weekly Tarn'],
  ],
  [
    '"the paper" after a paper named last as a source, a paper with a newspaper\'s name before it: the source',
    'The Tarn Courier said the minister had misled parliament. The Daily Vell said the vote would be close.\n\n' +
      'The paper added that an inquiry was needed.',
    ['Tarn Courier', 'Daily Vell', 'Daily Vell'],
  ],
  [
    '"the paper" after a paper and then a firm as sources: still the paper',
    'The Daily Vell said the minister had misled parliament. Norvel Foods said it would cut jobs.\n\n' +
      'The paper added that an inquiry was needed.',
    ['Daily Vell', 'Norvel Foods', 'Daily Vell'],
  ],
  [
    'no paper named before: "the newspaper" as written',
    'Norvel Foods said it would cut jobs. The newspaper added that an inquiry was needed.',
    ['Norvel Foods', 'the newspaper'],
  ],
  [
    'a "Post Office" as the source is no paper: "the newspaper" as written',
    'The Tarn Post Office said it would close ten branches. The newspaper added that an inquiry was needed.',
    ['Tarn Post Office', 'the newspaper'],
  ],
];

testSpeakers('newspaper named by its kind', CASES);
