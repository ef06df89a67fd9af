import { formatDay, isValidDay } from '../calendar.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "on 2017-06-02", "2017-06-02T14:00"
export const readIsoDate: TimexRule = {
  name: 'dates/iso-date',
  pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b/g,
  read(m) {
    const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (!isValidDay(day)) return null;
    if (m[4] && m[5]) return spanOf(m, 'TIME', `${formatDay(day)}T${m[4]}:${m[5]}`);
    return spanOf(m, 'DATE', formatDay(day));
  },
};
