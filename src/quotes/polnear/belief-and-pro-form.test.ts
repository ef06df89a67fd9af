import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runQuoteEngine } from '../../testing/run-quote-engine.js';
import { type SpanTaggerMode, useSpanTagger } from './span-tagger.js';

type Row = [string, string | null, string | null, string];
const rows = (
  text: string,
  kinds: 'statements' | 'all' = 'all',
  spans: 'guide' | 'polnear' = 'polnear',
): Row[] =>
  runQuoteEngine(text, { spans, kinds }).quotes.map((q) => [
    q.content,
    q.mention?.text ?? null,
    q.cue?.text ?? null,
    q.rule,
  ]);

// [invented text, quotes under spans 'polnear', kinds 'all', the tagger off: content, source, cue, rule]
const CASES: [string, Row[]][] = [
  // belief-verb-read-as-noun: the POS tagger reads "fear" as a noun after a plural subject
  [
    'Many sailors fear the ferry will be late.',
    [['the ferry will be late', 'Many sailors', 'fear', 'quotes/polnear/belief-verb-read-as-noun']],
  ],
  // quantifier-subject: a quantifier alone is the subject
  [
    'Many fear the ferry will be late.',
    [['the ferry will be late', 'Many', 'fear', 'quotes/polnear/quantifier-subject']],
  ],
  [
    'Most believe that the ferry will be late.',
    [['that the ferry will be late', 'Most', 'believe', 'quotes/polnear/quantifier-subject']],
  ],
  [
    'Both think the ferry was late.',
    [['the ferry was late', 'Both', 'think', 'quotes/polnear/quantifier-subject']],
  ],
  [
    'Neither wanted to give his name.',
    [['to give his name', 'Neither', 'wanted', 'quotes/polnear/quantifier-subject']],
  ],
  // pro-form-content: "so" / "yes" / "no" stands for the reported clause
  [
    'Most of the crew said so on Monday.',
    [['so', 'Most of the crew', 'said', 'quotes/polnear/pro-form-content']],
  ],
  ['The harbor chief said no.', [['no', 'The harbor chief', 'said', 'quotes/polnear/pro-form-content']]],
  ['Ann Lee said yes, but only once.', [['yes', 'Ann Lee', 'said', 'quotes/polnear/pro-form-content']]],
  ['He never thought so.', [['so', 'He', 'never thought', 'quotes/polnear/pro-form-content']]],
];

// text where none of the three rules may read a report
const NEGATIVES: string[] = [
  'Growing fears that the pier will close drove prices down.',
  'Their fears of a strike grew.',
  'The new fear the pier brought was real.',
  'The crew fear of storms is old.',
  'Most of the crew left the pier.',
  'Both ferries left the pier.',
  'The ferry was so late that nobody waited.',
  'Nobody said so much about the pier.',
  '“I hope so,” Ann Lee said.',
  'The crew said yes, yes, yes.',
];

const NEW_RULES = /quotes\/polnear\/(?:belief-verb-read-as-noun|quantifier-subject|pro-form-content)$/;

describe('belief verbs read as nouns, quantifier subjects, pro-form contents (spans: polnear, tagger off)', () => {
  let saved: SpanTaggerMode;
  before(() => {
    saved = useSpanTagger('off');
  });
  after(() => {
    useSpanTagger(saved);
  });
  for (const [text, expected] of CASES) it(text, () => assert.deepEqual(rows(text), expected));
  for (const text of NEGATIVES)
    it(`no new reading: ${text}`, () =>
      assert.deepEqual(
        rows(text).filter((r) => NEW_RULES.test(r[3])),
        [],
      ));
});

describe('the pro-form report stands through the tagger (spans: polnear)', () => {
  it('"said so in March" replaces the tagged relation on the same verb', () =>
    assert.deepEqual(rows('Six in ten sailors call the mayor decisive, after half said so in March.'), [
      ['so', 'half', 'said', 'quotes/polnear/pro-form-content'],
    ]));
});

describe('default output keeps none of them', () => {
  for (const [text] of CASES)
    it(text, () =>
      assert.deepEqual(
        rows(text, 'statements', 'guide').filter((r) => NEW_RULES.test(r[3])),
        [],
      ),
    );
});
