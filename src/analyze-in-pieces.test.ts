import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, LONG_ARTICLE_CHARS } from './analyze.js';
import { analyzeInPieces } from './analyze-in-pieces.js';
import { chunkText } from './chunk-text.js';
import type { Analysis, Article, Span } from './types.js';

// Invented paragraphs, each naming its own speaker, so no speaker has to come from another piece.
// [paragraph, the speaker of every quote in it]
const PARAGRAPHS: [string, string][] = [
  ['"We will finish the bridge by March," said Marta Quillane, the mayor of Fennick.', 'Marta Quillane'],
  [
    'Otto Brenvik, a spokesman for the Harbor Council, said on Tuesday that the talks had stalled.',
    'Otto Brenvik',
  ],
  [
    'Lenka Dunmere said: "Nobody told us anything." The vote was postponed until 12 May 2019.',
    'Lenka Dunmere',
  ],
  ['"The numbers simply do not add up," Bram Kestrel told the Daily Lantern on Monday.', 'Bram Kestrel'],
  ['The Russian Federation sent two observers. "We are ready to talk," said Ilse Morrowby.', 'Ilse Morrowby'],
  ['Caspar Fenwright warned that the mill would close. "It is a shame," Fenwright said.', 'Caspar Fenwright'],
];

function longArticle(repeats: number): { article: Article; speakers: { span: Span; speaker: string }[] } {
  const parts: string[] = ['Harbor talks stall in Fennick'];
  const speakers: { span: Span; speaker: string }[] = [];
  let at = parts[0]!.length + 2;
  for (let i = 0; i < repeats; i++) {
    for (const [p, speaker] of PARAGRAPHS) {
      parts.push(p);
      speakers.push({ span: { start: at, end: at + p.length }, speaker });
      at += p.length + 2;
    }
  }
  return { article: { id: 'invented-long', date: '2020-01-07', text: parts.join('\n\n') }, speakers };
}

// every range of the analysis against the one text it points into
function assertRanges(a: Analysis): void {
  const text = a.text;
  const slice = (s: Span) => text.slice(s.start, s.end);
  for (const q of a.quotes) {
    assert.equal(slice(q), q.content, `quote ${q.id}`);
    if (q.cue) assert.equal(slice(q.cue), q.cue.text, `cue of ${q.id}`);
    if (q.mention) assert.equal(slice(q.mention), q.mention.text, `mention of ${q.id}`);
  }
  for (const m of a.mentions) assert.equal(slice(m), m.text, `mention ${m.id}`);
  for (const t of a.timexes) assert.equal(slice(t), t.text, `timex ${t.id}`);
  for (const s of a.spin) assert.equal(slice(s), s.text, 'spin');
  a.paragraphs.forEach((p, i) => {
    assert.equal(p.index, i);
    assert.equal(slice(p).trim(), slice(p));
  });
  a.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    const p = a.paragraphs[s.paragraph]!;
    assert.ok(s.start >= p.start && s.end <= p.end, `sentence ${i} inside its paragraph`);
  });
  for (const d of a.diagnostics) {
    if (d.start === undefined) continue;
    const offset = /offset (\d+)/.exec(d.message)?.[1];
    if (offset) assert.equal(Number(offset), d.start, d.message);
  }
}

// ids unique, and every id a fact points at names a fact of the analysis
function assertIds(a: Analysis): void {
  const unique = (ids: string[]) => assert.equal(new Set(ids).size, ids.length);
  const mentions = new Set(a.mentions.map((m) => m.id));
  const entities = new Set(a.entities.map((e) => e.id));
  const timexes = new Set(a.timexes.map((t) => t.id));
  unique([...mentions, ...entities, ...timexes, ...a.quotes.map((q) => q.id)]);
  for (const m of a.mentions) if (m.entity) assert.ok(entities.has(m.entity), `${m.id} → ${m.entity}`);
  for (const e of a.entities) for (const m of e.mentions) assert.ok(mentions.has(m), `${e.id} → ${m}`);
  for (const q of a.quotes) {
    if (q.speakerEntity) assert.ok(entities.has(q.speakerEntity), `${q.id} → ${q.speakerEntity}`);
    if (q.whenTimex) assert.ok(timexes.has(q.whenTimex), `${q.id} → ${q.whenTimex}`);
  }
}

describe('analyzeInPieces', () => {
  // [case, repeats of the invented paragraphs, largest piece]
  const CASES: [string, number, number][] = [
    ['pieces of a few paragraphs', 8, 700],
    ['pieces of one paragraph or less (cut at sentence ends)', 4, 90],
    ['one piece holding the whole text', 3, 100_000],
  ];
  for (const [name, repeats, max] of CASES) {
    it(name, () => {
      const { article, speakers } = longArticle(repeats);
      const a = analyzeInPieces(article, {}, analyze, max);
      const pieces = chunkText(article.text, max);
      assert.equal(a.text, article.text);
      assert.deepEqual(a.diagnostics[0], {
        code: 'article-chunked',
        message:
          `article of ${article.text.length} characters analyzed in ${pieces.length} chunks of at most ${max} ` +
          'characters (speakers and dates are not carried across chunk boundaries)',
      });
      assertRanges(a);
      assertIds(a);
      assert.ok(a.quotes.length >= repeats * PARAGRAPHS.length);
      // each piece's facts are those of the piece read alone, moved to where the piece stands
      const alone = pieces.flatMap((p) =>
        analyze({ ...article, text: article.text.slice(p.start, p.end) }).quotes.map((q) => [
          q.start + p.start,
          q.content,
          q.speaker,
          q.when,
        ]),
      );
      assert.deepEqual(
        a.quotes.map((q) => [q.start, q.content, q.speaker, q.when]),
        alone,
      );
      if (max >= 200) {
        for (const q of a.quotes) {
          const where = speakers.find((s) => q.start >= s.span.start && q.end <= s.span.end);
          assert.equal(q.speaker, where?.speaker, `"${q.content}"`);
        }
      }
    });
  }

  it('one piece gives the whole-text analysis plus its diagnostic', () => {
    const { article } = longArticle(2);
    const whole = analyze(article);
    const one = analyzeInPieces(article, {}, analyze, article.text.length);
    assert.equal(one.diagnostics.shift()?.code, 'article-chunked');
    assert.equal(JSON.stringify(one), JSON.stringify(whole));
  });

  it('moves diagnostics and the offsets they name', () => {
    const text = `${'The council met. '.repeat(10).trim()}\n\nLenka Dunmere said: "Nobody told us anything.\n\nRain fell.`;
    const a = analyzeInPieces({ id: 'x', date: null, text }, {}, analyze, 60);
    const unbalanced = a.diagnostics.filter((d) => d.code === 'quote-mark-unbalanced');
    assert.equal(unbalanced.length, 1);
    assert.equal(text[unbalanced[0]!.start!], '"');
    assertRanges(a);
  });

  it('is deterministic', () => {
    const { article } = longArticle(5);
    const runs = [1, 2].map(() => JSON.stringify(analyzeInPieces(article, {}, analyze, 400)));
    assert.equal(runs[0], runs[1]);
  });
});

describe('analyze on long articles', () => {
  it('reads a short article whole, without the chunk diagnostic', () => {
    const { article } = longArticle(2);
    assert.ok(!analyze(article).diagnostics.some((d) => d.code === 'article-chunked'));
  });

  it('reads a text past LONG_ARTICLE_CHARS in pieces', () => {
    const { article } = longArticle(Math.ceil((LONG_ARTICLE_CHARS + 1) / 500));
    assert.ok(article.text.length > LONG_ARTICLE_CHARS);
    const a = analyze(article);
    assert.equal(a.diagnostics[0]?.code, 'article-chunked');
    assert.match(a.diagnostics[0]?.message ?? '', /in 2 chunks of at most 262144 characters/);
    assertRanges(a);
    assertIds(a);
  });
});
