import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../types.js';
import { lastDated, quoteIn as quote, testLastDated, type WhenCase } from './when-test-fixtures.js';

// Issue #3: quotes a story of its publication day gives after its dated lead, "added" by a second speaker, and a
// source named again by its head noun (invented people and places; published on Sunday 2017-06-04).
const STORY = 'link/when-story-day';
const SPEAKER = 'link/when-speaker-day';

const CASES: WhenCase[] = [
  [
    'the first source after a lead of the publication day',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal on Sunday.\n\n' +
      '"We see no link to terror," Mayor Ann Roe told reporters.',
    (t) => [quote(t, 'direct', 'We see no link to terror,', 'told reporters', 'Ann Roe')],
    '2017-06-04',
    STORY,
  ],
  [
    'that source again, two paragraphs on',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal today.\n\n' +
      '"We see no link to terror," Mayor Ann Roe said.\n\nThe terminal was closed and ferries were sent to Lemberg.\n\n' +
      'Roe said the police had found a second device.',
    (t) => [
      quote(t, 'direct', 'We see no link to terror,', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the police had found a second device', 'said', 'Ann Roe'),
    ],
    '2017-06-04',
    SPEAKER,
  ],
  [
    'must stay undated: a second source after the first',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal on Sunday.\n\n' +
      '"We see no link to terror," Mayor Ann Roe said.\n\n' +
      'Tom Hale, who runs a cafe by the pier, said the terminal had been unsafe for years.',
    (t) => [
      quote(t, 'direct', 'We see no link to terror,', 'said', 'Ann Roe'),
      quote(t, 'indirect', 'the terminal had been unsafe for years', 'said', 'Tom Hale'),
    ],
    null,
    null,
  ],
  [
    'must stay undated: a lead of the day before publication',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal yesterday.\n\n' +
      'State radio said the terminal would stay closed until Tuesday.',
    (t) => [quote(t, 'indirect', 'the terminal would stay closed until Tuesday', 'said', 'State radio')],
    null,
    null,
  ],
  [
    'the person a lead of an earlier day names',
    'Ada Roe won the hurdles final in Dunmore on Friday, her first title in three years.\n\n' +
      '"It took ten years of work," Roe said.',
    (t) => [quote(t, 'direct', 'It took ten years of work,', 'said', 'Ada Roe')],
    '2017-06-02',
    STORY,
  ],
  [
    'must stay undated: a source a lead of an earlier day does not name',
    'Fire destroyed the Dunmore ferry terminal on Friday.\n\n"It took ten years to build," Mayor Ann Roe said.',
    (t) => [quote(t, 'direct', 'It took ten years to build,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: another time since the lead',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal on Sunday.\n\n' +
      'A smaller blast hit the pier in March. "We see no link to terror," Mayor Ann Roe said.',
    (t) => [quote(t, 'direct', 'We see no link to terror,', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: words of another occasion ("has said", "in an interview")',
    'Twenty people were hurt by a blast at the Dunmore ferry terminal on Sunday.\n\n' +
      'Mayor Ann Roe has said the terminal needs new gates.',
    (t) => [quote(t, 'indirect', 'the terminal needs new gates', 'has said', 'Ann Roe')],
    null,
    null,
  ],
  [
    'must stay undated: a report inside a relative clause',
    'A fire broke out at the Dunmore mill on Sunday.\n\nIt caused smoke, which officials said was not toxic.',
    (t) => [quote(t, 'indirect', 'was not toxic', 'said', 'officials')],
    null,
    null,
  ],
  [
    'must stay undated: a lead of a day still to come',
    'The Dunmore council will vote on the ferry plan on Sunday.\n\nMayor Ann Roe said the vote would be close.',
    (t) => [quote(t, 'indirect', 'the vote would be close', 'said', 'Ann Roe')],
    null,
    null,
  ],
  [
    '"the sources" going on from "… sources said Monday"',
    'The mayor of Dunmore will resign over the ferry contract, city hall sources said Monday.\n\n' +
      'The contract went to a firm owned by her brother.\n\nHer deputy is expected to take over.\n\n' +
      'The sources said she had told her staff that she had lost the council.',
    (t) => [
      quote(
        t,
        'indirect',
        'The mayor of Dunmore will resign over the ferry contract',
        'said',
        'city hall sources',
      ),
      quote(
        t,
        'indirect',
        'she had told her staff that she had lost the council',
        'sources said',
        'the sources',
      ),
    ],
    '2017-05-29',
    SPEAKER,
  ],
];

testLastDated(CASES);

/** The quote with its speaker named at the cue (`mention`), as the speaker stage gives it. */
function named(text: string, q: Quote, mention: string): Quote {
  const start = text.indexOf(mention, q.end);
  return { ...q, mention: { start, end: start + mention.length, text: mention } };
}

const ADDED: Array<[string, string, string, string | null]> = [
  [
    '"added" by a second speaker right after a dated quote',
    '"It is a dog whistle," Senator Ann Roe said on Friday. "I have thought a lot about this," added Senator Tom Hale.',
    'I have thought a lot about this,',
    '2017-06-02',
  ],
  [
    'must stay undated: narration between the two quotes',
    '"It is a dog whistle," Senator Ann Roe said on Friday. The hall fell silent. "I have thought a lot about ' +
      'this," added Senator Tom Hale.',
    'I have thought a lot about this,',
    null,
  ],
];

for (const [name, text, content, when] of ADDED) {
  test(`when: ${name}`, () => {
    const q = lastDated(text, (t) => [
      named(t, quote(t, 'direct', 'It is a dog whistle,', 'said', 'Ann Roe'), 'Senator Ann Roe'),
      named(t, quote(t, 'direct', content, 'added', 'Tom Hale'), 'Senator Tom Hale'),
    ]);
    assert.equal(q?.when, when);
    assert.equal(q?.whenRule, when ? 'link/when-added-by-another' : null);
  });
}
