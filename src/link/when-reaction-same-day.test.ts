import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// A reaction to the event of a story of its publication day: the quote's sentence, or the one before it, names the
// lead's event again (invented people; published on Sunday 2017-06-04).
const RULE = 'link/when-reaction-same-day';
const LEAD =
  'A Vell lawmaker subpoenaed the ferry chief Sunday to testify before a committee on the toll.\n\n' +
  'Rep. Omar Hale said he wanted answers on the ferry fares.\n\n';
const HALE = (t: string) => quote(t, 'indirect', 'he wanted answers on the ferry fares', 'said', 'Omar Hale');

const CASES: WhenCase[] = [
  [
    'the sentence before the quote names the lead\'s event ("angry about the subpoena")',
    `${LEAD}In Tarn, the chief's wife was angry about the subpoena.\n\n` +
      '"What right does that man have?" Ann Roe said during a news conference in Tarn.',
    (t) => [HALE(t), quote(t, 'direct', 'What right does that man have?', 'said', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'the reported words name it ("said that while the subpoena requires …")',
    `${LEAD}Committee aides said that while the subpoena requires the chief to attend, his appearance is unlikely.`,
    (t) => [
      HALE(t),
      quote(
        t,
        'indirect',
        'while the subpoena requires the chief to attend, his appearance is unlikely',
        'said',
        'Committee aides',
      ),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'must stay undated: a quote that does not name the event',
    `${LEAD}The ferry ran late again.\n\n"The fares are too high," Ann Roe said.`,
    (t) => [HALE(t), quote(t, 'direct', 'The fares are too high,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: the event only threatened before ("had threatened a subpoena")',
    `${LEAD}Ann Roe said the lawmaker had threatened a subpoena for weeks.`,
    (t) => [
      HALE(t),
      quote(t, 'indirect', 'the lawmaker had threatened a subpoena for weeks', 'said', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead of another day ("subpoenaed … Friday")',
    'A Vell lawmaker subpoenaed the ferry chief Friday to testify before a committee on the toll.\n\n' +
      'Rep. Omar Hale said he wanted answers on the ferry fares.\n\n' +
      'Committee aides said that while the subpoena requires the chief to attend, his appearance is unlikely.',
    (t) => [
      HALE(t),
      quote(
        t,
        'indirect',
        'while the subpoena requires the chief to attend, his appearance is unlikely',
        'said',
        'Committee aides',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead that reports words, not an event ("said Sunday the lawmaker had subpoenaed")',
    'A Vell official said Sunday the lawmaker had subpoenaed the ferry chief.\n\n' +
      'Rep. Omar Hale said he wanted answers on the ferry fares.\n\n' +
      'Committee aides said that while the subpoena requires the chief to attend, his appearance is unlikely.',
    (t) => [
      quote(t, 'indirect', 'the lawmaker had subpoenaed the ferry chief', 'said', 'a Vell official'),
      HALE(t),
      quote(
        t,
        'indirect',
        'while the subpoena requires the chief to attend, his appearance is unlikely',
        'said',
        'Committee aides',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: words said at another time ("has said")',
    `${LEAD}Ann Roe has said the subpoena is unfair.`,
    (t) => [HALE(t), quote(t, 'indirect', 'the subpoena is unfair', 'has said', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
