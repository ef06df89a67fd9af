import type { SkipRule } from '../types.js';

// the war was a “terrible” waste — scare quotes and quoted terms of one or two words
export const skipShortQuote: SkipRule = (ctx, c) => {
  // PolNeAR keeps a short quote that stands as its own sentence: “You winning?” she said.
  if (ctx.spans === 'polnear' && !c.partial) return null;
  const words = ctx.text.slice(c.quote.start, c.quote.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < 3 ? 'skip/short-quote' : null;
};
