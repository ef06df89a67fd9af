import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organisationFitsRole } from './organisation-fits-role.js';
import { speakersOfText } from './speakers-of-text.js';

// [role, organisation, fits]
const FITS: [string, string, boolean][] = [
  ['company', 'Norvel Corp', true],
  ['company', 'Cabinet Office', false],
  ['firm', 'Keel Securities', true],
  ['government', 'Welsh Assembly Government', true],
  ['government', 'Conservatives', false],
  ['government', 'Vestey Group', false],
  ['department', 'Department of Rural Affairs', true],
  ['department', 'Norland Credit Corporation', false],
  ['committee', 'Economic Research Council', false],
  ['party', 'Liberal Democrats', true],
  ['party', 'National Executive Committee', false],
  ['bank', 'Bank of Norland', true],
  ['bank', 'World Trade Organisation', false],
  ['organisation', 'Food and Farming Organisation', true],
  ['union', 'Norvel Corp', false],
  ['group', 'Norland Bankers Association', true],
  ['agency', 'Keel Ratings Ltd', true],
  ['organisation', 'of Farm Markets', false],
  ['company', 'Of the January', false],
];

// [construction, text, quote content it starts with, speaker]
const ROLES: [string, string, string, string][] = [
  [
    'the department that spoke before, though the name holds "and"',
    'Credit slipped in January, the Department of Farming and Fisheries said. Loans rose by 2 pct in the quarter, the department said.',
    'Loans rose',
    'Department of Farming and Fisheries',
  ],
  [
    'the central bank is not the organisation the story names most',
    'Norland joined the World Trade Organisation in 2001, and the World Trade Organisation set a deadline. The World Trade Organisation wants open banks. Also on Tuesday, the central bank said it expected 6% growth in 2005.',
    'it expected 6% growth',
    'the central bank',
  ],
  [
    'the government is not the opposition party',
    'The Conservatives have voiced "serious misgivings" about the plan. The Conservatives want a vote. The government said the powers were needed to keep the country safe.',
    'the powers were needed',
    'the government',
  ],
  [
    'the company is the business, not the ministry',
    'The Ministry of Trade fined Norvel Corp last year. The Ministry of Trade said the fine stood. Norvel Corp appealed. The company said it had done nothing wrong.',
    'it had done nothing wrong',
    'Norvel Corp',
  ],
];

describe('organisationFitsRole', () => {
  for (const [role, organisation, fits] of FITS)
    it(`${role} / ${organisation}`, () => assert.equal(organisationFitsRole(role, organisation), fits));
});

describe('speakers: a role stands for an organisation it fits', () => {
  for (const [name, text, start, speaker] of ROLES)
    it(name, () =>
      assert.equal(speakersOfText(text).find((q) => q.content.startsWith(start))?.speaker, speaker),
    );
});
