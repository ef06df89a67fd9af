import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// The hearers of a dated occasion named again bring a later quote of its speaker back to it, across another day
// told between (invented people and places; published on Sunday 2017-06-04).
const RULE = 'link/when-occasion-continues';
const VISIT =
  'Foreign Minister Ada Kell said on Friday that she was moved by the support of her neighbours.\n\n"We are grateful," Kell told ambassadors of 12 Baltic states at the ministry.\n\nKell announced on Thursday a fund for the victims.\n\n';
/** The occasion's two quotes, then the later one each case dates. */
const visitQuotes = (t: string) => [
  quote(t, 'indirect', 'she was moved by the support of her neighbours', 'said', 'Ada Kell'),
  quote(t, 'direct', 'We are grateful,', 'told', 'Ada Kell'),
  quote(t, 'indirect', 'she hoped to visit the region soon', 'told', 'Ada Kell'),
];

const CASES: WhenCase[] = [
  [
    'told the same hearers again, across a day told between',
    `${VISIT}She told Baltic envoys that she hoped to visit the region soon.`,
    visitQuotes,
    '2017-06-02',
    RULE,
  ],
  [
    'not the press, which any occasion may have',
    `${VISIT}She told reporters that she hoped to visit the region soon.`,
    visitQuotes,
    null,
    null,
  ],
  [
    'not hearers the occasion did not name',
    `${VISIT}She told Nordic envoys that she hoped to visit the region soon.`,
    visitQuotes,
    null,
    null,
  ],
];

testLastDated(CASES);
