import { formatDay, formatMonth, isValidDay } from '../calendar.js';
import { MONTH_RE, MONTHS } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isCapitalized, MOD_RE } from './patterns.js';

// "March of last year", "in May this year", "January next year": the month of the year the phrase names;
// with a day, that day: "On March 18 of last year", "on 18 March last year" (not March 18 of the publication year).
export const readMonthRelativeYear: TimexRule = {
  name: 'dates/month-relative-year',
  pattern: new RegExp(
    `\\b${MOD_RE}(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTH_RE})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.%-]\\d))?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
    'gi',
  ),
  requires: /\b(?:last|this|next)\s+year\b/i,
  read(m, ctx) {
    const word = m[2] ?? '';
    const month = MONTHS[word.toLowerCase().replace(/\.$/, '')];
    if (!month || !isCapitalized(word, 0) || !ctx.dct) return null;
    const rel = (m[4] ?? '').toLowerCase();
    const year = ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    const dayText = m[1] ?? m[3];
    if (dayText === undefined) return spanOf(m, 'DATE', formatMonth(year, month));
    const day = { y: year, m: month, d: Number(dayText) };
    return isValidDay(day) ? spanOf(m, 'DATE', formatDay(day)) : null;
  },
};
