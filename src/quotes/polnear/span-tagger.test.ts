import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureSpanStage } from '../../testing/capture-span-stage.js';
import { runQuoteEngine } from '../../testing/run-quote-engine.js';
import type { Quote } from '../../types.js';
import { isKnownCue, keepCuedRelations } from './keep-cued-relations.js';
import { paragraphTokenRanges, stackedRows, tagQuotes } from './span-tagger.js';
import { cueRate, ruleTags, stackFeatures, stem, tokenFeatures } from './span-tagger-features.js';
import {
  decodeModel,
  emissions,
  encodeModel,
  featureRow,
  loadTaggerModel,
  mayFollow,
  NTAGS,
  TAGS,
  type TaggerModel,
  viterbi,
} from './span-tagger-model.js';
import { spansFromTags } from './tagged-attributions.js';

const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);

/** A hand-made model over a 64-row table: each listed feature pushes one tag. */
function handModel(push: Array<[string, string, number]>): TaggerModel {
  const buckets = 64;
  const weights = new Float32Array(buckets * NTAGS);
  for (const [feature, t, w] of push) {
    const i = featureRow(feature, buckets) * NTAGS + tag(t);
    weights[i] = (weights[i] ?? 0) + w;
  }
  return { buckets, weights, scale: 1, transitions: new Float32Array((NTAGS + 1) * NTAGS), outsideBias: 0 };
}

describe('spansFromTags', () => {
  const rows: Array<[string[], Array<[string, number, number]>]> = [
    [['O', 'O'], []],
    [
      ['B-S', 'I-S', 'B-C', 'B-T', 'I-T', 'O'],
      [
        ['S', 0, 2],
        ['C', 2, 3],
        ['T', 3, 5],
      ],
    ],
    // two contents side by side stay two
    [
      ['B-T', 'B-T', 'I-T'],
      [
        ['T', 0, 1],
        ['T', 1, 3],
      ],
    ],
  ];
  for (const [tags, expected] of rows)
    it(tags.join(' '), () =>
      assert.deepEqual(
        spansFromTags(tags.map(tag), 10).map((s) => [s.role, s.from - 10, s.to - 10]),
        expected,
      ),
    );
});

describe('viterbi', () => {
  it('I- only after its B- or I-', () => {
    const rows: Array<[number, string, boolean]> = [
      [-1, 'I-C', false],
      [tag('O'), 'I-T', false],
      [tag('B-S'), 'I-C', false],
      [tag('B-C'), 'I-C', true],
      [tag('I-T'), 'I-T', true],
      [tag('I-T'), 'B-T', true],
    ];
    for (const [prev, t, ok] of rows) assert.equal(mayFollow(prev, tag(t)), ok, `${prev} → ${t}`);
  });
  it('decodes the best valid sequence', () => {
    const m = handModel([
      ['w=ann', 'B-S', 2],
      ['w=said', 'B-C', 2],
      ['w=rain', 'B-T', 2],
      ['w=soon', 'I-T', 2],
      // "soon" alone prefers I-C, which cannot follow B-T
      ['w=soon', 'I-C', 3],
    ]);
    const sentence = ['ann', 'said', 'rain', 'soon'].map((w) =>
      Int32Array.of(featureRow(`w=${w}`, m.buckets)),
    );
    assert.deepEqual(
      [...viterbi(m, sentence)].map((i) => TAGS[i]),
      ['B-S', 'B-C', 'B-T', 'I-T'],
    );
  });
  it('an empty paragraph has no tags', () => assert.equal(viterbi(handModel([]), []).length, 0));
});

describe('model file', () => {
  it('encodes and decodes to the same scores (8-bit)', () => {
    const m = handModel([
      ['w=said', 'B-C', 2.5],
      ['w=rain', 'B-T', -1.25],
      ['w=soon', 'I-T', 0.5],
    ]);
    const back = decodeModel(JSON.parse(JSON.stringify(encodeModel(m, 'hand-made'))));
    for (const w of ['said', 'rain', 'soon', 'other']) {
      const rows = [Int32Array.of(featureRow(`w=${w}`, m.buckets))];
      assert.deepEqual(viterbi(back, rows), viterbi(m, rows), w);
    }
    assert.ok(
      Math.abs((back.weights[featureRow('w=said', 64) * NTAGS + tag('B-C')] ?? 0) * back.scale - 2.5) < 0.02,
    );
  });
  it('encodes and decodes companded 8-bit values, keeping small weights', () => {
    const m = handModel([
      ['w=said', 'B-C', 200],
      ['w=rain', 'B-T', -0.5],
      ['w=soon', 'I-T', 0.25],
    ]);
    for (const power of [1, 1.5, 2]) {
      const back = decodeModel(JSON.parse(JSON.stringify(encodeModel(m, 'hand-made', 127, power))));
      const em = new Float64Array(NTAGS);
      emissions(back, [featureRow('w=said', 64)], em);
      assert.ok(Math.abs((em[tag('B-C')] ?? 0) - 200) < 0.01, `power ${power}: said`);
      emissions(back, [featureRow('w=rain', 64)], em);
      const rain = em[tag('B-T')] ?? 0;
      // linear steps of 200/127 lose a weight of 0.5; companded ones keep it within a third
      if (power === 1) assert.equal(rain, 0);
      else assert.ok(Math.abs(rain + 0.5) < 0.16, `power ${power}: rain ${rain}`);
    }
  });
  it('the shipped model loads', () => {
    const m = loadTaggerModel();
    assert.ok(m, 'src/quotes/polnear/polnear-tagger.json.gz is missing');
    assert.equal(m.weights.length, m.buckets * NTAGS);
    assert.equal(m.transitions.length, (NTAGS + 1) * NTAGS);
    assert.ok(m.weights.some((w) => w !== 0));
  });
});

describe('features', () => {
  const rows: Array<[string, string]> = [
    ['shows', 'show'],
    ['showed', 'show'],
    ['showing', 'show'],
    ['says', 'says'],
    ['the', 'the'],
  ];
  for (const [w, s] of rows) it(`stem ${w}`, () => assert.equal(stem(w), s));
  it('cue rates from PolNeAR train', () => {
    assert.equal(cueRate('said'), 'hi');
    assert.equal(cueRate('harbour'), 'none');
  });
  it('one feature list a token, with quotes, cue distance and the rules’ tags', () => {
    const { ctx, quotes } = captureSpanStage('“The ferry is late,” Ann Lee said on Monday.');
    const [[from, to]] = paragraphTokenRanges(ctx) as [[number, number]];
    const feats = tokenFeatures(ctx, from, to, ruleTags(ctx, quotes));
    assert.equal(feats.length, to - from);
    const at = (word: string) =>
      feats[ctx.tokens.findIndex((t) => ctx.text.slice(t.start, t.end) === word)] ?? [];
    assert.ok(at('ferry').includes('q=q'));
    assert.ok(at('Monday').includes('q=nq'));
    assert.ok(at('said').includes('cue=hi'));
    assert.ok(at('said').includes('r=B-C'));
    assert.ok(at('Lee').includes('r=I-S'));
    // "ferry" is 8 tokens before "said" (marks and comma count): the 7-12 bucket on the right, none on its left
    assert.ok(at('ferry').includes('cueside=none|7-12'));
    assert.ok(at('Monday').includes('cueside=2|none'));
    // the nearest cue word on each side, its distance, and whether a comma lies between
    assert.ok(at('Monday').includes('lcw=said|2|'));
    assert.ok(at('ferry').includes('rcw=said|7-12|,'));
    assert.ok(at('ferry').includes('srt=y|I-T'));
  });
});

describe('wider-context and stacked features', () => {
  it('clause marks, the sentence’s cue words, the quotation zone', () => {
    const { ctx, quotes } = captureSpanStage('Ann Lee said on Monday that the ferry, “as usual,” was late.');
    const [[from, to]] = paragraphTokenRanges(ctx) as [[number, number]];
    const feats = tokenFeatures(ctx, from, to, ruleTags(ctx, quotes));
    const at = (word: string) =>
      feats[ctx.tokens.findIndex((t) => ctx.text.slice(t.start, t.end) === word)] ?? [];
    const rows: Array<[string, string]> = [
      ['Ann', 'sc=said|R'],
      ['ferry', 'sc=said|L'],
      ['ferry', 'lcn=on|'],
      ['ferry', 'rpu=,|1'],
      ['usual', 'qz=in'],
      ['late', 'qz=post'],
      ['Ann', 'qz=pre'],
      ['late', 'lcv=v|ADJ'],
    ];
    for (const [word, feature] of rows) assert.ok(at(word).includes(feature), `${word}: ${feature}`);
  });
  it('the first reading’s tags and what it found in the sentence', () => {
    const { ctx } = captureSpanStage('Ann Lee said the ferry was late. The bus was early.');
    const [[from, to]] = paragraphTokenRanges(ctx) as [[number, number]];
    const first = ['B-S', 'I-S', 'B-C', 'B-T', 'I-T', 'I-T', 'I-T', 'O', 'O', 'O', 'O', 'O', 'O'].map(tag);
    assert.equal(first.length, to - from);
    const feats = stackFeatures(ctx, from, first, TAGS);
    const rows: Array<[number, string]> = [
      [0, '1t=B-S'],
      [3, '1t-1t=B-C|B-T|I-T'],
      [3, '1lc=said|1'],
      [3, '1place=b|T'],
      [6, '1place=e|T'],
      [0, '1rc=said|2'],
      [5, '1sent=ST|T'],
      // the second sentence: nothing found
      [9, '1sent=|O'],
      [9, '1lc=none'],
    ];
    for (const [k, feature] of rows)
      assert.ok(feats[k]?.includes(feature), `${k}: ${feature} in ${feats[k]}`);
  });
  it('a stacked model rereads the first reading', () => {
    const { ctx, quotes } = captureSpanStage('Ann Lee said the ferry was late.');
    // the first model tags nothing; the stacked one turns every first-reading O into a content
    const first = handModel([]);
    const stacked = handModel([['1t=O', 'B-T', 1]]);
    assert.equal(tagQuotes(ctx, quotes, first).length, 0);
    assert.ok(
      stackedRows(ctx, [{ from: 0, rows: [Int32Array.of(0)], tags: [0] }], 64)[0]?.rows[0]?.includes(
        featureRow('1t=O', 64),
      ),
    );
    assert.ok(tagQuotes(ctx, quotes, first, stacked).length > 0);
  });
});

describe('the shipped tagger on invented sentences', () => {
  const rows: Array<[string, [string, string | null, string | null]]> = [
    [
      '“The harbour will reopen in May,” Greta Olsen said.',
      // the tagger leaves edge punctuation out, as the evaluator trims it
      ['The harbour will reopen in May', 'Greta Olsen', 'said'],
    ],
    [
      'Mayor Ines Valdo said the bridge would be repaired before the winter.',
      ['the bridge would be repaired before the winter', 'Mayor Ines Valdo', 'said'],
    ],
  ];
  for (const [text, expected] of rows)
    it(text, () => {
      const quotes = runQuoteEngine(text, { spans: 'polnear', kinds: 'all' }).quotes;
      assert.deepEqual(
        quotes.map((q) => [q.content, q.mention?.text ?? null, q.cue?.text ?? null]),
        [expected],
      );
      assert.equal(quotes[0]?.rule, 'quotes/polnear/span-tagger');
    });
});

describe('keepCuedRelations', () => {
  const cues: Array<[string, boolean]> = [
    ['said', true],
    ['has shown', true],
    [':', true],
    ['―', true],
    ['Worried About', true],
    ['vied for', false],
    ['enacted', false],
    // another form of a learned cue word ("acknowledged", "lambasted" are in the list)
    ['acknowledges', true],
    ['was lambasting', true],
    ['repainted', false],
    // a topic cue: what follows "about" is the content
    ['has long grumbled about', true],
    ['about', false],
    ['a version of', false],
  ];
  for (const [cue, known] of cues) it(`known cue: ${cue}`, () => assert.equal(isKnownCue(cue), known));
  const quote = (start: number, end: number, cue: string | null): Quote =>
    ({ start, end, cue: cue === null ? null : { start: 0, end: cue.length, text: cue } }) as Quote;
  it('keeps known cues and what the rules found too', () => {
    const tagged = [
      quote(10, 20, 'said'),
      quote(30, 40, 'enacted'),
      quote(50, 60, 'enacted'),
      quote(70, 80, null),
    ];
    const rules = [quote(55, 65, 'said')];
    assert.deepEqual(
      keepCuedRelations(tagged, rules).map((q) => q.start),
      [10, 50],
    );
  });
});
