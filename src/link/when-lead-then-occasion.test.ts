import { quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// One press conference or briefing named after a lead whose words are dated (published Sunday 2017-06-04; invented
// people and places).
const RULE = 'link/when-lead-then-occasion';
const LEAD =
  'Chancellor Ann Roe said the bank had cut its lending rate today.\n\nHowever, she said rates would fall slowly.\n\n';
const lead = (t: string) => [
  quote(t, 'indirect', 'the bank had cut its lending rate today', 'said', 'Ann Roe'),
  quote(t, 'indirect', 'rates would fall slowly', 'said', 'Ann Roe'),
];

const CASES: WhenCase[] = [
  // [name, text, quotes, when, whenRule]
  [
    'the lead\'s speaker names the briefing in the next paragraph ("She told a briefing of journalists that …")',
    `${LEAD}She told a briefing of journalists that "we should not rush anything."`,
    (t) => [
      ...lead(t),
      quote(t, 'direct', 'we should not rush anything.', 'told a briefing of journalists', 'Ann Roe'),
    ],
    '2017-06-04',
    RULE,
  ],
  [
    'a cue after the words ("…, Roe said at a news conference following the close")',
    `${LEAD}Lending looks steady, Roe said at a news conference following the close.`,
    (t) => [...lead(t), quote(t, 'indirect', 'Lending looks steady', 'said', 'Ann Roe')],
    '2017-06-04',
    RULE,
  ],
  [
    'the briefing goes on: a later quote of the speaker (link/when-occasion-continues)',
    `${LEAD}She told a briefing of journalists that "we should not rush anything." Roe stressed "steadiness" as a theme.`,
    (t) => [
      ...lead(t),
      quote(t, 'direct', 'we should not rush anything.', 'told a briefing of journalists', 'Ann Roe'),
      quote(t, 'direct', 'steadiness', 'stressed', 'Ann Roe'),
    ],
    '2017-06-04',
    'link/when-occasion-continues',
  ],
  [
    'must stay undated: another source quoted between',
    `${LEAD}Tom Vell, a banker, said the cut was late. She told a briefing of journalists that "we should not rush anything."`,
    (t) => [
      ...lead(t),
      quote(t, 'indirect', 'the cut was late', 'said', 'Tom Vell'),
      quote(t, 'direct', 'we should not rush anything.', 'told a briefing of journalists', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a briefing of another time ("an earlier briefing")',
    `${LEAD}She told an earlier briefing of journalists that "we should not rush anything."`,
    (t) => [
      ...lead(t),
      quote(
        t,
        'direct',
        'we should not rush anything.',
        'told an earlier briefing of journalists',
        'Ann Roe',
      ),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead whose words are undated',
    'Chancellor Ann Roe said the bank had cut its lending rate.\n\nHowever, she said rates would fall slowly.\n\nShe told a briefing of journalists that "we should not rush anything."',
    (t) => [
      quote(t, 'indirect', 'the bank had cut its lending rate', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'rates would fall slowly', 'said', 'Ann Roe'),
      quote(t, 'direct', 'we should not rush anything.', 'told a briefing of journalists', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: three paragraphs after the lead',
    `${LEAD}Shares rose.\n\nBanks were shut.\n\nShe told a briefing of journalists that "we should not rush anything."`,
    (t) => [
      ...lead(t),
      quote(t, 'direct', 'we should not rush anything.', 'told a briefing of journalists', 'Ann Roe'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a later occasion ("Roe later told reporters")',
    `${LEAD}Roe later told reporters the rate would hold.`,
    (t) => [...lead(t), quote(t, 'indirect', 'the rate would hold', 'told', 'Ann Roe')],
    null,
    null,
  ],
];

testLastDated(CASES);
