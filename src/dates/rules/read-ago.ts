import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear } from '../calendar.js';
import { NUMBER_RE, readNumber } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "two years ago", "a week ago", "three days ago", "a decade ago", "several months ago"
export const readAgo: TimexRule = {
  name: 'dates/ago',
  pattern: new RegExp(
    `\\b(?:(?:about|some|nearly|almost|more than|less than|roughly|around|just|only)\\s+)?(${NUMBER_RE}|several|a few|few|many)\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`,
    'gi',
  ),
  requires: /ago/i,
  read(m, ctx) {
    const n = readNumber(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    if (!ctx.dct || n === null) return spanOf(m, 'DATE', 'PAST_REF');
    const ref = ctx.dct;
    if (unit === 'day') return spanOf(m, 'DATE', formatDay(addDays(ref, -n)));
    if (unit === 'week')
      return spanOf(m, 'DATE', n === 1 ? formatDay(addDays(ref, -7)) : formatWeek(addDays(ref, -7 * n)));
    if (unit === 'month') {
      const d = addMonths(ref, -n);
      return spanOf(m, 'DATE', formatMonth(d.y, d.m));
    }
    if (unit === 'decade') return spanOf(m, 'DATE', formatYear(ref.y - 10 * n).slice(0, 3));
    return spanOf(m, 'DATE', formatYear(ref.y - n));
  },
};
