import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../types.js';
import { quoteWith } from './quote-with.js';

const base: Quote = {
  id: '',
  type: 'direct',
  start: 10,
  end: 30,
  content: 'We will not rest',
  cue: { start: 33, end: 37, text: 'said' },
  mention: null,
  speaker: null,
  speakerEntity: null,
  when: null,
  whenTimex: null,
  partial: false,
  rule: 'quotes/speaker-cue-after-quote',
  speakerRule: null,
  whenRule: null,
  confidence: 0.9,
};

describe('quoteWith', () => {
  // each patch gives what a spread gives, keys in the same order
  const cases: Partial<Quote>[] = [
    {},
    { id: 'q1' },
    { mention: { start: 38, end: 45, text: 'Ann Roe' }, cue: null },
    { speaker: 'Ann Roe', speakerEntity: 'e1', speakerRule: 'speaker/name' },
    { speaker: null, speakerRule: null },
    { when: '2020-01-03', whenTimex: 't1', whenRule: 'link/when-cue-governed' },
    { rule: 'quotes/cue-then-clause/passive', confidence: 0.5, partial: true },
  ];
  for (const patch of cases)
    it(JSON.stringify(patch), () => {
      const made = quoteWith(base, patch);
      assert.deepEqual(made, { ...base, ...patch });
      assert.equal(JSON.stringify(made), JSON.stringify({ ...base, ...patch }));
      assert.notEqual(made, base);
    });
});
