import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Quote } from '../../src/types.js';
import {
  boundaryClasses,
  checkOffsets,
  cueKind,
  f1,
  overlapRatio,
  type PolnearRecord,
  pickAnnotator,
  predictedRoles,
  type Role,
  type Segments,
  scoreRole,
  toRelations,
  trimSegments,
} from './eval-polnear.js';

// Invented sentences; offsets computed from the text so that the cases stay readable.
const TEXT = '“We will win,” said Ada Quill. She told Lantern News that the vote was fixed.';
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return [i, i + s.length];
};

test('trimSegments normalizes edges alike for gold and predictions', () => {
  const cases: Array<[Segments, Role, string[] | null]> = [
    [[at('“We will win,”')], 'content', ['We will win']],
    [[at('We will win,')], 'content', ['We will win']],
    [[at(' said ')], 'cue', ['said']],
    [[at('Ada Quill.')], 'source', ['Ada Quill']],
    // a cue that is only punctuation stays as it is
    [[at(',')], 'cue', [',']],
    [[at('“'), at('We will')], 'content', ['We will']],
    [[at('that the vote was fixed.')], 'content', ['the vote was fixed']],
    [[at('the vote was fixed.')], 'content', ['the vote was fixed']],
    // segments only a space or edge punctuation apart are one span
    [[at('the vote'), at('was fixed.')], 'content', ['the vote was fixed']],
    [[at('Ada Quill.'), at('She told')], 'content', ['Ada Quill. She told']],
    [[at('Ada Quill.'), at('told')], 'content', ['Ada Quill', 'told']],
    // segments in text order
    [[at('told'), at('Ada Quill.')], 'content', ['Ada Quill', 'told']],
  ];
  for (const [input, role, expected] of cases) {
    const out = trimSegments(TEXT, input, role);
    assert.deepEqual(out?.map(([s, e]) => TEXT.slice(s, e)) ?? null, expected);
  }
});

test('trimSegments drops a leading "that," as it drops "that "', () => {
  const text = 'She said that, in the end, the vote was fixed.';
  const cases: Array<[string, string]> = [
    ['that, in the end, the vote was fixed.', 'in the end, the vote was fixed'],
    ['in the end, the vote was fixed.', 'in the end, the vote was fixed'],
  ];
  for (const [span, expected] of cases) {
    const i = text.indexOf(span);
    const out = trimSegments(text, [[i, i + span.length]], 'content');
    assert.deepEqual(
      out?.map(([s, e]) => text.slice(s, e)),
      [expected],
    );
  }
});

test('overlapRatio is shared characters over the longer span', () => {
  const cases: Array<[Segments, Segments, number]> = [
    [[[0, 10]], [[0, 10]], 1],
    [[[0, 10]], [[5, 10]], 0.5],
    [[[0, 10]], [[10, 20]], 0],
    [
      [
        [0, 4],
        [6, 10],
      ],
      [[0, 10]],
      0.8,
    ],
  ];
  for (const [a, b, expected] of cases) assert.equal(overlapRatio(a, b), expected);
});

test('scoreRole counts exact and overlap matches over distinct spans', () => {
  const content = at('We will win,');
  const clause = at('the vote was fixed');
  const cases: Array<
    [Segments[], Segments[], { exact: number; overlap: number; gold: number; pred: number }]
  > = [
    // PolNeAR keeps the marks, onrecord does not: still exact
    [[[at('“We will win,”')]], [[content]], { exact: 1, overlap: 1, gold: 1, pred: 1 }],
    // the same source span in two relations counts once
    [[[at('Ada Quill')], [at('Ada Quill')]], [[at('Ada Quill')]], { exact: 1, overlap: 1, gold: 1, pred: 1 }],
    // a span one word short: overlap, not exact
    [[[at('the vote was fixed.')]], [[at('vote was fixed.')]], { exact: 0, overlap: 1, gold: 1, pred: 1 }],
    // PolNeAR's leading "that" is not a difference
    [
      [[at('that the vote was fixed.')]],
      [[at('the vote was fixed')]],
      { exact: 1, overlap: 1, gold: 1, pred: 1 },
    ],
    // a far shorter span: neither
    [[[clause]], [[at('fixed')]], { exact: 0, overlap: 0, gold: 1, pred: 1 }],
    // one prediction cannot match two gold spans
    [[[clause], [at('the vote')]], [[clause]], { exact: 1, overlap: 1, gold: 2, pred: 1 }],
    [[], [[clause]], { exact: 0, overlap: 0, gold: 0, pred: 1 }],
  ];
  for (const [gold, pred, expected] of cases)
    assert.deepEqual(scoreRole(TEXT, 'content', gold, pred), expected);
});

test('f1 of tp, gold and predicted counts', () => {
  const cases: Array<[[number, number, number], number]> = [
    [[0, 0, 0], 0],
    [[1, 1, 1], 1],
    [[1, 2, 1], 2 / 3],
    [[3, 4, 6], 0.6],
  ];
  for (const [[tp, g, p], expected] of cases) assert.ok(Math.abs(f1(tp, g, p) - expected) < 1e-9);
});

const record = (annotator: string, spans: Segments, text: string): PolnearRecord => ({
  doc_id: 'lantern-1',
  annotator,
  publication_date: '2016-05-01',
  text: TEXT,
  attributions: [{ id: 'E1', type: 'Attribution', source: { spans, text }, cue: null, content: null }],
});

test('pickAnnotator keeps the first annotator in sorted order', () => {
  const picked = pickAnnotator([
    record('zz01', [at('Ada Quill')], 'Ada Quill'),
    record('ab02', [at('She')], 'She'),
  ]);
  assert.deepEqual(
    picked.map((r) => r.annotator),
    ['ab02'],
  );
});

test('checkOffsets reports spans whose text differs from the stored text', () => {
  const cases: Array<[PolnearRecord, number]> = [
    [record('a', [at('Ada Quill')], 'Ada Quill'), 0],
    [record('a', [at('Ada Quill')], 'Ada Quill\n'), 0],
    [record('a', [at('She'), at('told')], 'She told'), 0],
    [record('a', [at('Ada Quil')], 'Ada Quill'), 1],
  ];
  for (const [rec, expected] of cases) assert.equal(checkOffsets(rec).length, expected);
});

test('predictedRoles maps mention, cue and quote span', () => {
  const [cs, ce] = at('We will win,');
  const [ms, me] = at('Ada Quill');
  const [us, ue] = at('said');
  const quote: Quote = {
    id: 'q1',
    type: 'direct',
    start: cs,
    end: ce,
    content: 'We will win,',
    cue: { start: us, end: ue, text: 'said' },
    mention: { start: ms, end: me, text: 'Ada Quill' },
    speaker: 'Ada Quill',
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
  const noSource: Quote = { ...quote, id: 'q2', mention: null, cue: null };
  const analysis = { quotes: [quote, noSource] } as unknown as Analysis;
  assert.deepEqual(predictedRoles(analysis), {
    source: [[[ms, me]]],
    cue: [[[us, ue]]],
    content: [[[cs, ce]], [[cs, ce]]],
  });
});

const SPLIT =
  '“We will win,” said Ada Quill, “and we will win well.” Bo Lake said the vote was fixed. “We won,” said Ada Quill. “Told you.” “Yes,” Ida Moss told us when asked about the harbour. “Soon.”';
const q = (
  content: string,
  cue: [string, number] | null,
  mention: string | null,
  type: Quote['type'] = 'direct',
): Quote => {
  const start = SPLIT.indexOf(content);
  const cueAt = cue ? SPLIT.indexOf(cue[0], cue[1]) : -1;
  const mAt = mention ? SPLIT.indexOf(mention) : -1;
  return {
    id: content,
    type,
    start,
    end: start + content.length,
    content,
    cue: cue ? { start: cueAt, end: cueAt + cue[0].length, text: cue[0] } : null,
    mention: mention ? { start: mAt, end: mAt + mention.length, text: mention } : null,
    speaker: mention,
    speakerEntity: null,
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
};

test('toRelations joins a quote split around its cue, as PolNeAR annotates it', () => {
  const a = q('We will win,', ['said', 0], 'Ada Quill');
  const b = q('and we will win well.', ['said', 0], 'Ada Quill');
  const c = q('the vote was fixed', ['said', 40], 'Bo Lake', 'indirect');
  const cases: Array<[Quote[], number[]]> = [
    [
      [a, b, c],
      [2, 1],
    ],
    [[b, a], [2]],
    // another mention: not one relation
    [
      [a, { ...b, mention: c.mention }],
      [1, 1],
    ],
    // no cue: nothing to join around
    [
      [
        { ...a, cue: null },
        { ...b, cue: null },
      ],
      [1, 1],
    ],
    // the quote goes on right after its attribution's sentence: one relation, as PolNeAR writes it
    [[q('We won,', ['said', 70], 'Ada Quill'), q('Told you.', ['said', 70], 'Ada Quill')], [2]],
    // a relation read inside the attribution between the two parts: the parts are one relation, it another
    [
      [
        q('“Yes,”', ['told', 0], 'Ida Moss', 'direct'),
        q('the harbour', ['asked about', 0], 'Ida Moss', 'indirect'),
        q('Soon.', ['told', 0], 'Ida Moss', 'direct'),
      ],
      [2, 1],
    ],
    // another quote between them: two relations
    [
      [q('We will win,', ['said', 0], 'Ada Quill'), q('We won,', ['said', 0], 'Ada Quill')],
      [1, 1],
    ],
  ];
  for (const [quotes, sizes] of cases)
    assert.deepEqual(
      toRelations(SPLIT, quotes).map((r) => r.content.length),
      sizes,
    );
});

test('cueKind tells reports of words from other attributions', () => {
  const cases: Array<[string | null, 'speech' | 'other']> = [
    ['said', 'speech'],
    ['told reporters', 'speech'],
    ['according to', 'speech'],
    [':', 'speech'],
    ['believes', 'other'],
    ['backs', 'other'],
    [null, 'other'],
  ];
  for (const [cue, expected] of cases) assert.equal(cueKind(cue), expected);
});

test('boundaryClasses: which side holds the piece, where, and what it is', () => {
  const text = 'But Ada Quill, the harbour chief, told the crew that the pier was shut, and the ferry late.';
  const span = (s: string): Segments => {
    const i = text.indexOf(s);
    return [[i, i + s.length]];
  };
  const rows: Array<[Role, string, string, string[]]> = [
    [
      'content',
      'the pier was shut',
      'the pier was shut, and the ferry late',
      ['content end ours+ coordinated clause'],
    ],
    [
      'content',
      'the crew that the pier was shut',
      'the pier was shut',
      ['content start gold+ short lead (subject, object, hearer)'],
    ],
    ['cue', 'told the crew', 'told', ['cue end gold+ object, hearer or other']],
    [
      'source',
      'Ada Quill, the harbour chief',
      'Ada Quill',
      ['source end gold+ appositive or relative after a comma'],
    ],
    ['content', 'But Ada Quill', 'Ada Quill', ['content start gold+ leading conjunction']],
  ];
  for (const [role, gold, ours, expected] of rows)
    assert.deepEqual(boundaryClasses(text, role, span(gold), span(ours)), expected, `${gold} / ${ours}`);
  // a part only one side has
  const two: Segments = [...span('Ada Quill'), ...span('the pier was shut')];
  assert.deepEqual(boundaryClasses(text, 'content', two, span('the pier was shut')), ['content parts gold+']);
});
