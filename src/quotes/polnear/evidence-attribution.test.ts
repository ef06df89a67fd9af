import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runQuoteEngine } from '../../testing/run-quote-engine.js';
import { type SpanTaggerMode, useSpanTagger } from './span-tagger.js';

type Row = [string, string | null, string | null, string];
const rows = (text: string, spans: 'guide' | 'polnear' = 'polnear'): Row[] =>
  runQuoteEngine(text, { spans, kinds: 'all' })
    .quotes.filter((q) => q.rule === 'quotes/polnear/evidence-attribution')
    .map((q) => [q.content, q.mention?.text ?? null, q.cue?.text ?? null, q.rule]);

const RULE = 'quotes/polnear/evidence-attribution';
// [invented text, evidence quotes under spans 'polnear', kinds 'all': content, source, cue, rule]
const CASES: [string, Row[]][] = [
  [
    'In a Harbor Times poll released Monday, 52 percent of sailors backed the new pier.',
    [['52 percent of sailors backed the new pier', 'a Harbor Times poll released Monday', 'In', RULE]],
  ],
  [
    'In the latest Coast Weekly survey, conducted in May, the mayor led her rival by six points.',
    [
      [
        'the mayor led her rival by six points',
        'the latest Coast Weekly survey, conducted in May',
        'In',
        RULE,
      ],
    ],
  ],
  [
    'The pier cost the town $2 million last year, county records show.',
    [['The pier cost the town $2 million last year', 'county records', 'show', RULE]],
  ],
  [
    'Ferry traffic fell by a third in the winter, a Harbor Times analysis of port data shows.',
    [['Ferry traffic fell by a third in the winter', 'a Harbor Times analysis of port data', 'shows', RULE]],
  ],
  [
    'That’s according to the harbor board’s own figures.',
    [['That', 'the harbor board’s own figures', '’s according to', RULE]],
  ],
];

// no poll or records at the head, a clause word before "poll", too short a finding, a quotation
const NEGATIVES = [
  'In a memo released as polls closed, the manager conceded the race.',
  'In the polls, anyway.',
  'In the harbor, the ferries waited all night.',
  'The ferry was late again, the sailors said.',
  '“The pier cost $2 million,” county records show.',
  'That’s according to plan.',
];

describe('findings of a poll or records (spans: polnear, tagger off)', () => {
  let saved: SpanTaggerMode;
  before(() => {
    saved = useSpanTagger('off');
  });
  after(() => {
    useSpanTagger(saved);
  });
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(rows(text), expected));
  for (const text of NEGATIVES) it(`none: ${text}`, () => assert.deepEqual(rows(text), []));
});

describe('a finding stands through the tagger when no tagged relation touches it (spans: polnear)', () => {
  it('That’s according to …', () => {
    assert.deepEqual(
      rows('The ferry ran late all winter. That’s according to the harbor board’s own figures.'),
      [['That', 'the harbor board’s own figures', '’s according to', RULE]],
    );
  });
});

describe('default output keeps none of them', () => {
  for (const [text] of CASES)
    it(text, () =>
      assert.ok(
        runQuoteEngine(text, { kinds: 'all' }).quotes.every((q) => !q.rule.startsWith('quotes/polnear/')),
      ),
    );
});
