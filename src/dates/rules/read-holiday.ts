import { formatDay } from '../calendar.js';
import { monthDayValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isHolidayInName } from './is-holiday-in-name.js';

const FIXED: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  christmas: [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'boxing day': [12, 26],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  'armistice day': [11, 11],
  'veterans day': [11, 11],
  "st patrick's day": [3, 17],
  "st. patrick's day": [3, 17],
};

// "on Christmas Day", "by Christmas", "on New Year's Eve", "Christmas 2016"
export const readHoliday: TimexRule = {
  name: 'dates/holiday',
  pattern:
    /\b(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Boxing Day|Halloween|Valentine's Day|Independence Day|Bastille Day|Armistice Day|Veterans Day|St\.? Patrick's Day)(?:\s+(\d{4})\b)?/g,
  requires:
    /Christmas|New Year's|Boxing Day|Halloween|Valentine's Day|Independence Day|Bastille Day|Armistice Day|Veterans Day|Patrick's Day/,
  read(m, ctx) {
    const md = FIXED[(m[1] ?? '').toLowerCase()];
    if (!md) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(?:tree|card|present|gift|shopping|party|market|holiday|season|sales|break)/i.test(after))
      return null;
    // "the Grand Orchestra of Christmas Charity", "Christmas Island": a word of a name
    if (isHolidayInName(ctx.text, m.index, m.index + m[0].length)) return null;
    if (m[2]) return spanOf(m, 'DATE', formatDay({ y: Number(m[2]), m: md[0], d: md[1] }));
    const value = monthDayValue(ctx, md[0], md[1], ctx.cueAt(m.index, m.index + m[0].length));
    return value ? spanOf(m, 'DATE', value) : null;
  },
};
