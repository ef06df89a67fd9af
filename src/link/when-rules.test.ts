import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions } from '../dates/find-time-expressions.js';
import { normalizeArticle } from '../normalize/normalize-article.js';
import { segmentText } from '../segment/segment-text.js';
import type { Quote, QuoteType } from '../types.js';
import { linkDates } from './link-dates.js';

// A quote over `content` with its cue at the `cueIndex`-th occurrence of `cue` (invented people and outlets).
function quote(text: string, type: QuoteType, content: string, cue: string | null, cueIndex = 0): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, `content not in text: ${content}`);
  let cueStart = -1;
  if (cue) for (let i = 0; i <= cueIndex; i++) cueStart = text.indexOf(cue, cueStart + 1);
  return {
    id: `q${start}`,
    type,
    content,
    start,
    end: start + content.length,
    cue: cue && cueStart >= 0 ? { start: cueStart, end: cueStart + cue.length, text: cue } : null,
    mention: null,
    speaker: null,
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
}

function dated(text: string, quotes: (t: string) => Quote[], date: string | null = '2017-06-04'): Quote[] {
  const doc = normalizeArticle({ id: 'a', date, text });
  const seg = segmentText(doc);
  return linkDates(doc, seg, quotes(text), findTimeExpressions(doc, seg));
}

const CASES: Array<[string, string, (t: string) => Quote[], string | null, string | null]> = [
  // [name, text, quotes, when, whenRule]
  [
    'the cue governs the date after it ("was told … on Friday"), not the year in the content',
    'Alliance chiefs are unaware if in 2000 the two presidents discussed accession, Zarnian radio was told at alliance headquarters on Friday.',
    (t) => [
      quote(
        t,
        'indirect',
        'Alliance chiefs are unaware if in 2000 the two presidents discussed accession',
        'was told',
      ),
    ],
    '2017-06-02',
    'link/when-cue-governed',
  ],
  [
    'the cue governs "in a report made public in January"',
    'The Varnish oversight committee concluded in a report made public in January that the ministry had hidden the losses.',
    (t) => [quote(t, 'indirect', 'the ministry had hidden the losses', 'concluded')],
    '2017-01',
    'link/when-cue-governed',
  ],
  [
    'a date opening the clause: "On Thursday, X said"',
    'On Thursday, Mayor Ilse Brandt said the bridge would stay shut.',
    (t) => [quote(t, 'indirect', 'the bridge would stay shut', 'said')],
    '2017-06-01',
    'link/when-cue-governed',
  ],
  [
    'the dated occasion the quote belongs to, in the sentence before',
    'Minister Aro Vell gave a keynote speech on Thursday in Port Lema. "The economy has turned a corner," he said.',
    (t) => [quote(t, 'direct', 'The economy has turned a corner,', 'said')],
    '2017-06-01',
    'link/when-occasion',
  ],
  [
    'a dated statement later sentences refer back to',
    'The Harbour Authority issued a statement on Monday about the closure.\n\nTrade groups were unhappy.\n\nThe statement said ferries would resume in July.',
    (t) => [quote(t, 'indirect', 'ferries would resume in July', 'said')],
    '2017-05-29',
    'link/when-statement-referent',
  ],
  [
    'a date inside the reported content is not the statement date',
    'Officials said the old bridge was built in 1998.',
    (t) => [quote(t, 'indirect', 'the old bridge was built in 1998', 'said')],
    null,
    null,
  ],
  [
    'a date inside a direct quote is not the statement date',
    '"We last met in May," Ms Tarn said.',
    (t) => [quote(t, 'direct', 'We last met in May,', 'said')],
    null,
    null,
  ],
  [
    'a bare year right after the cue opens the content',
    'The bishop said 2005 should be the year of change.',
    (t) => [quote(t, 'indirect', '2005 should be the year of change', 'said')],
    null,
    null,
  ],
  [
    'a date in a relative clause about the speaker is not the statement date',
    'Dana Mirel, who won the cup in 1999 for her club, said: "It means a lot."',
    (t) => [quote(t, 'direct', 'It means a lot.', 'said')],
    null,
    null,
  ],
  [
    'no date in the text: null, never the publication date',
    '"We will rebuild," the governor said.',
    (t) => [quote(t, 'direct', 'We will rebuild,', 'said')],
    null,
    null,
  ],
];

for (const [name, text, quotes, when, rule] of CASES) {
  test(`when: ${name}`, () => {
    const [q] = dated(text, quotes);
    assert.ok(q);
    assert.equal(q.when, when);
    assert.equal(q.whenRule, rule);
    if (when) assert.ok(q.whenTimex);
    else assert.equal(q.whenTimex, null);
  });
}

test('when: a quote nested in reported words takes the occasion those words date', () => {
  const text =
    'The new memoir claims Mr Dorn hosted a dinner in November 2003 where the premier told Mr Sand he would retire.';
  const quotes = (t: string) => [
    quote(
      t,
      'indirect',
      'Mr Dorn hosted a dinner in November 2003 where the premier told Mr Sand he would retire',
      'claims',
    ),
    quote(t, 'indirect', 'he would retire', 'told Mr Sand'),
  ];
  const [outer, inner] = dated(text, quotes);
  assert.equal(outer?.when, null);
  assert.equal(inner?.when, '2003-11');
});

test('when: without a publication date a weekday gives no statement date', () => {
  const text = 'Zarnian radio was told at headquarters on Friday that talks had ended.';
  const [q] = dated(text, (t) => [quote(t, 'indirect', 'talks had ended', 'was told')], null);
  assert.equal(q?.when, null);
});
