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
  // on “Fox News Sunday,” — American style keeps the comma inside the marks of a short title
  const raw = ctx.text.slice(c.quote.start, c.quote.end);
  const content = c.partial ? raw.replace(/,$/, '') : raw;
  if (/[.!?,;:]$/.test(content)) return null;
  const words = content.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (words.length > 10) return null;
  // a whole quoted sentence in capitals is speech ("I Love This Town") only when it stands alone
  if (!c.partial && words.length > 3) return null;
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (big.length === 0) return null;
  return big.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ? 'skip/title' : null;
};
