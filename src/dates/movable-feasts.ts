// Holidays whose day moves from year to year: Easter and the feasts counted from it, and the US holidays set on
// the n-th (or last) weekday of a month. Fixed-day holidays live in rules/read-holiday.ts.
import { addDays, type Day, daysInMonth, weekday } from './calendar.js';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus): 2017 → 2017-04-16. */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based) ISO weekday (1 = Monday … 7 = Sunday) of a month; n = -1 for the last one. */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const fromEaster = (days: number) => (y: number) => addDays(easterSunday(y), days);
const nth = (m: number, wd: number, n: number) => (y: number) => nthWeekdayOfMonth(y, m, wd, n);

/** The day of each movable feast in a year, by its lower-cased name as written. */
export const MOVABLE_FEASTS: Readonly<Record<string, (y: number) => Day>> = {
  easter: fromEaster(0),
  'easter sunday': fromEaster(0),
  'easter day': fromEaster(0),
  'easter monday': fromEaster(1),
  'good friday': fromEaster(-2),
  'holy thursday': fromEaster(-3),
  'maundy thursday': fromEaster(-3),
  'palm sunday': fromEaster(-7),
  'ash wednesday': fromEaster(-46),
  'ascension day': fromEaster(39),
  pentecost: fromEaster(49),
  'pentecost sunday': fromEaster(49),
  'whit sunday': fromEaster(49),
  'whit monday': fromEaster(50),
  // the US holidays: Thanksgiving the fourth Thursday of November, Memorial Day the last Monday of May, …
  thanksgiving: nth(11, 4, 4),
  'thanksgiving day': nth(11, 4, 4),
  // the shopping days named after it: "on Black Friday" (the day after), "Cyber Monday" (the Monday after)
  'black friday': (y) => addDays(nthWeekdayOfMonth(y, 11, 4, 4), 1),
  'cyber monday': (y) => addDays(nthWeekdayOfMonth(y, 11, 4, 4), 4),
  'memorial day': nth(5, 1, -1),
  'labor day': nth(9, 1, 1),
  'martin luther king day': nth(1, 1, 3),
  'martin luther king jr. day': nth(1, 1, 3),
  "presidents' day": nth(2, 1, 3),
  'presidents day': nth(2, 1, 3),
  'columbus day': nth(10, 1, 2),
};
