import { formatDay, isValidDay } from '../calendar.js';
import { MONTH_RE, MONTHS } from '../lexicon.js';
import { monthDayValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isCapitalized } from './patterns.js';

const WD = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const monthNumber = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;

// "June 2, 2017", "Friday, June 2", "Jun. 2", "June 2nd", "June 2 2017"
export const readMonthDay: TimexRule = {
  name: 'dates/month-day',
  pattern: new RegExp(
    `\\b${WD}(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d|\\d|\\.\\d|%|-\\d)(?:,?\\s+(\\d{4})\\b)?`,
    'g',
  ),
  requires: new RegExp(`${MONTH_RE}\\s+\\d`),
  read(m, ctx) {
    const month = monthNumber(m[1] ?? '');
    const d = Number(m[2]);
    if (!month || !isCapitalized(m[1] ?? '', 0)) return null;
    if (m[3]) {
      const day = { y: Number(m[3]), m: month, d };
      return isValidDay(day) ? spanOf(m, 'DATE', formatDay(day)) : null;
    }
    const value = monthDayValue(ctx, month, d, ctx.cueAt(m.index, m.index + m[0].length));
    return value ? spanOf(m, 'DATE', value) : null;
  },
};

// "2 June 2017", "on the 2nd of June", "2 June"
export const readDayMonth: TimexRule = {
  name: 'dates/day-month',
  pattern: new RegExp(
    `\\b${WD}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![a-z])(?:,?\\s+(\\d{4})\\b)?`,
    'g',
  ),
  requires: new RegExp(`\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}`),
  read(m, ctx) {
    const month = monthNumber(m[2] ?? '');
    const d = Number(m[1]);
    if (!month || !isCapitalized(m[2] ?? '', 0)) return null;
    if (m[3]) {
      const day = { y: Number(m[3]), m: month, d };
      return isValidDay(day) ? spanOf(m, 'DATE', formatDay(day)) : null;
    }
    const value = monthDayValue(ctx, month, d, ctx.cueAt(m.index, m.index + m[0].length));
    return value ? spanOf(m, 'DATE', value) : null;
  },
};
