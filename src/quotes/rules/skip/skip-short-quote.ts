import type { SkipRule } from '../types.js';

// the war was a “terrible” waste — scare quotes and quoted terms of one or two words
// (a hyphenated word is one: called it “a non-starter”)
export const skipShortQuote: SkipRule = (ctx, c) => {
  // PolNeAR keeps a short quote that stands as its own sentence: “You winning?” she said.
  if (ctx.spans === 'polnear' && !c.partial) return null;
  const words = ctx.text.slice(c.quote.start, c.quote.end).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return words.length < 3 ? 'skip/short-quote' : null;
};
