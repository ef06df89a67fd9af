import { formatMonth } from '../calendar.js';
import { MONTH_RE, MONTHS } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isCapitalized, MOD_RE } from './patterns.js';

// "March of last year", "in May this year", "January next year": the month of the year the phrase names
export const readMonthRelativeYear: TimexRule = {
  name: 'dates/month-relative-year',
  pattern: new RegExp(`\\b${MOD_RE}(${MONTH_RE}),?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi'),
  requires: /\b(?:last|this|next)\s+year\b/i,
  read(m, ctx) {
    const word = m[1] ?? '';
    const month = MONTHS[word.toLowerCase().replace(/\.$/, '')];
    if (!month || !isCapitalized(word, 0) || !ctx.dct) return null;
    const rel = (m[2] ?? '').toLowerCase();
    const year = ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    return spanOf(m, 'DATE', formatMonth(year, month));
  },
};
