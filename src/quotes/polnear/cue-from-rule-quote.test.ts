import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../../types.js';
import { cueFromRuleQuote } from './cue-from-rule-quote.js';

// “The pier is closed.” ¶ “It opens in May,” Ines Valdo said.  (offsets into this invented text)
const text = '“The pier is closed.” “It opens in May,” Ines Valdo said. The pier loves May.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const quote = (content: string, cue: string | null, mention: string | null): Quote =>
  ({
    ...span(content),
    content,
    cue: cue === null ? null : span(cue),
    mention: mention === null ? null : span(mention),
  }) as unknown as Quote;

describe('cueFromRuleQuote', () => {
  const rules = [
    quote('The pier is closed.', 'said', 'Ines Valdo'),
    quote('The pier loves May', 'loves', 'The pier'),
  ];
  const cases: Array<[string, Quote, [string | null, string | null] | undefined]> = [
    [
      'takes the rule quote’s cue and source',
      quote('The pier is closed', null, null),
      ['said', 'Ines Valdo'],
    ],
    ['keeps its own source', quote('The pier is closed', null, 'Valdo'), ['said', 'Valdo']],
    ['has a cue of its own', quote('It opens in May', 'said', 'Ines Valdo'), undefined],
    ['no rule quote overlaps', quote('It opens in May', null, null), undefined],
    ['the rule’s cue lies inside the content', quote('The pier loves May', null, null), undefined],
  ];
  for (const [name, q, expected] of cases)
    it(name, () => {
      const out = cueFromRuleQuote(q, rules);
      assert.deepEqual(out ? [out.cue?.text ?? null, out.mention?.text ?? null] : undefined, expected);
    });
});
