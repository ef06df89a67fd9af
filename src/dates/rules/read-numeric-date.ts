import { formatDay, isValidDay } from '../calendar.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "on 6/2/2017", "6/2/17" (US order; day-first when the first part cannot be a month). Not "1/2" or "3-1".
export const readNumericDate: TimexRule = {
  name: 'dates/numeric-date',
  pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
  read(m) {
    let a = Number(m[1]);
    let b = Number(m[2]);
    if (a > 12 && b <= 12) [a, b] = [b, a];
    const yy = Number(m[3]);
    const y = (m[3] ?? '').length === 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy;
    const day = { y, m: a, d: b };
    if (!isValidDay(day)) return null;
    return spanOf(m, 'DATE', formatDay(day));
  },
};
