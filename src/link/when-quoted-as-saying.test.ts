import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Words reported by someone "quoted <day> … as saying" take the day of the quoting (invented people and outlets;
// published on Sunday 2017-06-04).
const RULE = 'link/when-quoted-as-saying';
const said = (content: string) => (t: string) => [
  quote(t, 'indirect', content, 'saying', 'a senior official'),
];

const CASES: WhenCase[] = [
  [
    'a subject with a relative clause, the day right after "quoted"',
    'A senior official who saw the letters was quoted Friday by local media as saying the mayor had lied.',
    said('the mayor had lied'),
    '2017-06-02',
    RULE,
  ],
  [
    'the outlet before the day',
    'An aide who read the report was quoted by the Tarn Herald on Monday as saying the port would close.',
    said('the port would close'),
    '2017-05-29',
    RULE,
  ],
  // negatives
  [
    'not a year of another report',
    'A senior official who saw the letters was quoted in 2015 as saying the mayor had lied.',
    said('the mayor had lied'),
    null,
    null,
  ],
  [
    'not a day of another clause before "quoted"',
    'A senior official who saw the letters on Friday was quoted by local media as saying the mayor had lied.',
    said('the mayor had lied'),
    null,
    null,
  ],
];

testLastDated(CASES);
