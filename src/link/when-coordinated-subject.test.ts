import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A report after ", and" / ", but" that goes on with the sentence's own subject takes the day of that sentence;
// one with a new subject does not (invented people; published on Sunday 2017-06-04).
const DAY = 'link/when-sentence-day';

const CASES: WhenCase[] = [
  [
    'a name of the subject reports (", and Hale claimed …" after "Roe and Hale signed … Friday")',
    'Mayors Ann Roe of Dunmore and Omar Hale of Lemberg signed a ferry pact Friday, and Hale claimed they ' +
      'resolved even more problems.',
    (t) => [quote(t, 'indirect', 'they resolved even more problems', 'claimed', 'Omar Hale')],
    '2017-06-02',
    DAY,
  ],
  [
    'the same subject told something (", but was told by officials that …")',
    "Ann Roe's lawyer, Omar Hale, asked for a visa Friday for his client, but was told by state officials that " +
      'Roe had to apply in person.',
    (t) => [quote(t, 'indirect', 'Roe had to apply in person', 'was told', 'state officials')],
    '2017-06-02',
    DAY,
  ],
  [
    'must stay undated: a new subject (", and Mayor Ann Roe said …")',
    'The council voted on Friday to close the bridge, and Mayor Ann Roe said she would appeal.',
    (t) => [quote(t, 'indirect', 'she would appeal', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a name the subject does not hold (", but Hale said …")',
    'Ann Roe voted on Friday to close the bridge, but Hale said she would not appeal.',
    (t) => [quote(t, 'indirect', 'she would not appeal', 'said', 'Omar Hale')],
    null,
    null,
  ],
];

testLastDated(CASES);
