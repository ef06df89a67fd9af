import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureSpanStage } from '../../testing/capture-span-stage.js';
import type { Quote } from '../../types.js';
import { newQuote } from '../new-quote.js';
import { leadRoundRuleAside } from './lead-round-rule-aside.js';

/** A quote: its content, cue and source given by their first occurrence in the text. */
function quoteOf(text: string, content: string, cue: string, source: string, rule: string): Quote {
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const c = at(content);
  return newQuote({
    type: 'indirect',
    start: c.start,
    end: c.end,
    content,
    cue: at(cue),
    mention: at(source),
    rule,
    confidence: 0.6,
  });
}

type Part = [content: string, cue: string, source: string];
/** Text, the tagged quotes, the rule quote (parenthetical-cue), and the contents and cues that come out. */
type Row = [string, Part[], Part, Array<[string, string]>];

describe('leadRoundRuleAside', () => {
  const rows: Row[] = [
    // the tagger read the verb after the aside as the cue: the rule's attribution, in two parts
    [
      'The museum, Ann Lee said, celebrated several of her heroes.',
      [['several of her heroes', 'celebrated', 'Ann Lee']],
      ['celebrated several of her heroes', 'said', 'Ann Lee'],
      [
        ['The museum', 'said'],
        ['celebrated several of her heroes', 'said'],
      ],
    ],
    // the tagged relation holds the aside's cue: it gains the subject as its first part
    [
      'These sailors, Tom Vell explained, were well paid.',
      [['were well paid', 'explained', 'Tom Vell']],
      ['were well paid', 'explained', 'Tom Vell'],
      [
        ['These sailors', 'explained'],
        ['were well paid', 'explained'],
      ],
    ],
    [
      'It was, the mayor said, a pier like no other.',
      [['a pier like no other', 'said', 'the mayor']],
      ['a pier like no other', 'said', 'the mayor'],
      [
        ['It was', 'said'],
        ['a pier like no other', 'said'],
      ],
    ],
    // an adverbial before a whole clause: as it is (PolNeAR leaves it out)
    [
      'In Lisbon, Ann Lee said, the pier will close.',
      [['the pier will close', 'said', 'Ann Lee']],
      ['the pier will close', 'said', 'Ann Lee'],
      [['the pier will close', 'said']],
    ],
    // a clause with a verb of its own before the aside: as it is
    [
      'He tells crews the pier, both sides say, will close.',
      [['will close', 'say', 'both sides']],
      ['will close', 'say', 'both sides'],
      [['will close', 'say']],
    ],
    // the first part is there already: as it is
    [
      'The pier, Ann Lee said, will close.',
      [
        ['The pier', 'said', 'Ann Lee'],
        ['will close', 'said', 'Ann Lee'],
      ],
      ['will close', 'said', 'Ann Lee'],
      [
        ['The pier', 'said'],
        ['will close', 'said'],
      ],
    ],
  ];
  for (const [text, tagged, rule, expected] of rows)
    it(text, () => {
      const ctx = captureSpanStage(text).ctx;
      const quotes = tagged.map(([c, cue, s]) => quoteOf(text, c, cue, s, 'quotes/polnear/span-tagger'));
      const rules = [quoteOf(text, rule[0], rule[1], rule[2], 'quotes/parenthetical-cue')];
      assert.deepEqual(
        leadRoundRuleAside(ctx, quotes, rules).map((q) => [q.content, q.cue?.text]),
        expected,
      );
    });
  it('leaves quotes alone without a parenthetical rule quote', () => {
    const text = 'The museum, Ann Lee said, celebrated several of her heroes.';
    const ctx = captureSpanStage(text).ctx;
    const quotes = [
      quoteOf(text, 'several of her heroes', 'celebrated', 'Ann Lee', 'quotes/polnear/span-tagger'),
    ];
    const rules = [
      quoteOf(text, 'celebrated several of her heroes', 'said', 'Ann Lee', 'quotes/indirect/other'),
    ];
    assert.equal(leadRoundRuleAside(ctx, quotes, rules), quotes);
  });
});
