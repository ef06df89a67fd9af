import { countMatches } from '../../../count-matches.js';
import type { SkipRule } from '../types.js';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

// the war was a “terrible” waste — scare quotes and quoted terms of one or two words
// (a hyphenated word is one: called it “a non-starter”)
export const skipShortQuote: SkipRule = (ctx, c) => {
  // PolNeAR keeps a short quote that stands as its own sentence: “You winning?” she said.
  if (ctx.spans === 'polnear' && !c.partial) return null;
  return countMatches(WORD, ctx.text.slice(c.quote.start, c.quote.end), 3) < 3 ? 'skip/short-quote' : null;
};
