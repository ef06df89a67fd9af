import type { QuoteContext } from '../../quote-context.js';
import type { DirectCandidate, SkipRule } from '../types.js';

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

const SHOW_BEFORE = /(?:\p{L}['’]s?|\bon)\s+$/u;

// his film “Gone With The Wind Again” — a Title-Cased name of a work or event, not something said
export const skipTitle: SkipRule = (ctx, c) => {
  // on “Fox News Sunday,” — American style keeps the comma inside the marks of a short title
  const raw = ctx.text.slice(c.quote.start, c.quote.end);
  // on NBC’s “Face the Daily Nation.” — and the period, when a network's possessive or "on" names the show
  // (a doubled apostrophe mark, ''Face the Day'', opens at its second apostrophe)
  const before = ctx.text.slice(Math.max(0, c.quote.open - 12), c.quote.open).replace(/'$/, '');
  const show = c.partial && SHOW_BEFORE.test(before);
  const content = c.partial ? raw.replace(show ? /[,.]$/ : /,$/, '') : raw;
  return titleWords(content, c.partial) ? 'skip/title' : null;
};

/** A show's or work's name after a network's possessive or "on": on NBC’s “Face the Day,” (title-marks.ts). */
export function isShowName(ctx: QuoteContext, c: DirectCandidate): boolean {
  if (!c.partial || c.quote.close === null) return false;
  const before = ctx.text.slice(Math.max(0, c.quote.open - 12), c.quote.open).replace(/'$/, '');
  if (!SHOW_BEFORE.test(before)) return false;
  return titleWords(ctx.text.slice(c.quote.start, c.quote.end).replace(/[,.]$/, ''), true);
}

/** True when `content` reads as a Title-Cased name (up to 10 words; up to 3 when it stands alone, `partial` false). */
export function titleWords(content: string, partial: boolean): boolean {
  if (/[.!?,;:]$/.test(content)) return false;
  const words = content.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (words.length > 10) return false;
  // a whole quoted sentence in capitals is speech ("I Love This Town") only when it stands alone
  if (!partial && words.length > 3) return false;
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (big.length === 0) return false;
  return big.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
