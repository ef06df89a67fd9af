import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Quote } from '../../src/types.js';
import { type AnalyzedPiece, composeAnalysis } from './compose-analysis.js';

// A hand-made analysis of an invented one-paragraph text with one quote, its mention and entity.
function piece(text: string, speaker: string): AnalyzedPiece {
  const m = text.indexOf(speaker);
  const c = text.indexOf('said');
  const quote: Quote = {
    id: 'q1',
    type: 'indirect',
    start: c + 5,
    end: text.length - 1,
    content: text.slice(c + 5, text.length - 1),
    cue: { start: c, end: c + 4, text: 'said' },
    mention: { start: m, end: m + speaker.length, text: speaker },
    speaker,
    speakerEntity: 'e1',
    when: null,
    whenTimex: null,
    partial: false,
    rule: 'test',
    speakerRule: null,
    whenRule: null,
    confidence: 1,
  };
  const analysis: Analysis = {
    version: 1,
    article: { id: 'x', date: null },
    text,
    paragraphs: [{ index: 0, start: 0, end: text.length }],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length }],
    mentions: [
      {
        id: 'm1',
        start: m,
        end: m + speaker.length,
        text: speaker,
        kind: 'person',
        entity: 'e1',
        rule: 'test',
      },
    ],
    entities: [
      {
        id: 'e1',
        name: speaker,
        kind: 'person',
        canonical: null,
        mentions: ['m1'],
        aliases: [],
        rule: 'test',
      },
    ],
    quotes: [quote],
    timexes: [],
    spin: [],
    diagnostics: [],
  };
  return { text, analysis };
}

test('composeAnalysis joins pieces with shifted spans, unique ids and continued numbering', () => {
  const a = piece('Ada Quill said the harbour would reopen.', 'Ada Quill');
  const b = piece('Bo Lake said the ferry was late.', 'Bo Lake');
  const { article, analysis } = composeAnalysis({ id: 'mix-1', date: '2020-01-02' }, [a, b, a]);
  assert.equal(article.text, `${a.text}\n\n${b.text}\n\n${a.text}`);
  assert.equal(analysis.text, article.text);
  assert.equal(analysis.article.id, 'mix-1');
  const cases: Array<[string, string[]]> = [
    ['quote contents', analysis.quotes.map((q) => article.text.slice(q.start, q.end))],
    ['cues', analysis.quotes.map((q) => (q.cue ? article.text.slice(q.cue.start, q.cue.end) : ''))],
    ['mentions', analysis.mentions.map((m) => article.text.slice(m.start, m.end))],
  ];
  const expected: Record<string, string[]> = {
    'quote contents': ['the harbour would reopen', 'the ferry was late', 'the harbour would reopen'],
    cues: ['said', 'said', 'said'],
    mentions: ['Ada Quill', 'Bo Lake', 'Ada Quill'],
  };
  for (const [name, got] of cases) assert.deepEqual(got, expected[name], name);
  assert.deepEqual(
    analysis.paragraphs.map((p) => p.index),
    [0, 1, 2],
  );
  assert.deepEqual(
    analysis.sentences.map((s) => [s.index, s.paragraph]),
    [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
  );
  assert.equal(new Set(analysis.mentions.map((m) => m.id)).size, 3);
  assert.deepEqual(
    analysis.entities.map((e) => e.mentions[0]),
    analysis.mentions.map((m) => m.id),
  );
  assert.deepEqual(
    analysis.quotes.map((q) => q.speakerEntity),
    analysis.entities.map((e) => e.id),
  );
  // the pieces themselves are left as they were
  assert.equal(a.analysis.quotes[0]?.start, a.text.indexOf('the harbour'));
});
