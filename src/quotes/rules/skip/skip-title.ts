import type { SkipRule } from '../types.js';

const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'is',
  'de',
  'la',
  'vs',
]);

// his film “Gone With The Wind Again” — a Title-Cased name of a work or event, not something said
export const skipTitle: SkipRule = (ctx, c) => {
  const content = ctx.text.slice(c.quote.start, c.quote.end);
  if (/[.!?,;:]$/.test(content)) return null;
  const words = content.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (words.length > 10) return null;
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (big.length === 0) return null;
  return big.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ? 'skip/title' : null;
};
