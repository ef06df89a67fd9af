import { ORDINALS } from '../lexicon.js';
import { quarterOffsetValue, quarterValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "the first quarter", "the third quarter of 2016", "Q3 2016", "the fourth quarter of last year", "the quarter"
export const readQuarter: TimexRule = {
  name: 'dates/quarter',
  pattern:
    /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|last|current|this|next|previous|same|year-earlier)(?:[- ](?:fiscal\s+)?|\s+fiscal\s+)quarter|[Qq]([1-4])|(the\s+quarter))(?:\s+of\s+(?:fiscal\s+)?(\d{4}|this year|last year|next year)|,?\s+(\d{4})\b)?/gi,
  requires: /quarter|q[1-4]/i,
  read(m, ctx) {
    const word = (m[1] ?? '').toLowerCase();
    const year = m[4] ?? m[5];
    let q: number | null = m[2]
      ? Number(m[2])
      : word && /^(first|second|third|fourth|1st|2nd|3rd|4th)$/.test(word)
        ? (ORDINALS[word] ?? null)
        : null;
    if (/^(current|this)$/.test(word)) return spanOf(m, 'DATE', quarterOffsetValue(ctx, 0, 'XXXX-QX'));
    if (m[3] || /^(latest|same)$/.test(word))
      return spanOf(m, 'DATE', quarterOffsetValue(ctx, -1, 'XXXX-QX'));
    if (word === 'final') q = 4;
    if (/^(last|previous|final)$/.test(word) && !year) {
      if (word === 'final') q = 4;
      else return spanOf(m, 'DATE', quarterOffsetValue(ctx, -1, 'XXXX-QX'));
    }
    if (word === 'next') return spanOf(m, 'DATE', quarterOffsetValue(ctx, 1, 'XXXX-QX'));
    if (word === 'year-earlier') return spanOf(m, 'DATE', quarterOffsetValue(ctx, -4, 'XXXX-QX'));
    if (q === null) return null;
    if (year) {
      const y = /^\d{4}$/.test(year)
        ? year
        : ctx.dct
          ? String(ctx.dct.y + (year.startsWith('last') ? -1 : year.startsWith('next') ? 1 : 0))
          : 'XXXX';
      return spanOf(m, 'DATE', `${y}-Q${q}`);
    }
    if (m[2] && !/^[Q]/.test(m[0])) return null;
    return spanOf(m, 'DATE', quarterValue(ctx, q, 'past'));
  },
};
