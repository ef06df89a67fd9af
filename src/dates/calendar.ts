// Calendar arithmetic on plain days (no time zones): the publication date is a calendar day, not an instant.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDay(iso: string | null | undefined): Day | null {
  // "2017-06-04…": four digits, two and two, read by character code (the link stage asks for every quote)
  if (!iso || iso.length < 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  if (y < 0 || m < 0 || d < 0) return null;
  const day = { y, m, d };
  return isValidDay(day) ? day : null;
}

const DASH = 45;

/** The number the `n` ASCII digits at `from` write, or -1 when one is no digit. */
function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let k = from; k < from + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function isValidDay(day: Day): boolean {
  if (day.m < 1 || day.m > 12 || day.d < 1) return false;
  return day.d <= daysInMonth(day.y, day.m);
}

// days of each month 1-12 of a common year (index 0 unused)
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // the calendar's answer by arithmetic (as Date.UTC reads it: a year 0-99 is 1900-1999), a Date only for the
  // odd month or year
  if (Number.isInteger(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Math.abs(y) < 200_000) {
    if (m !== 2) return MONTH_DAYS[m] as number;
    const year = y >= 0 && y <= 99 ? y + 1900 : y;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromUtc(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Adds months keeping the year/month only (day clamped). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(day: Day): number {
  const w = toUtc(day).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { year: number; week: number } {
  const t = toUtc(day);
  const wd = weekday(day);
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const year = t.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.ceil(((t.getTime() - jan1) / 86400000 + 1) / 7);
  return { year, week };
}

/** The Monday of an ISO 8601 week ("2016-W38" → 2016-09-19). */
export function isoWeekMonday(year: number, week: number): Day {
  // January 4th is always in week 1
  const jan4: Day = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 + 1 - weekday(jan4));
}

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** The month `m` nearest before (`past`) or after (`future`) the reference day, same month counting as itself. */
export function resolveMonth(ref: Day, m: number, direction: 'past' | 'future'): { y: number; m: number } {
  if (direction === 'past') return { y: m <= ref.m ? ref.y : ref.y - 1, m };
  return { y: m >= ref.m ? ref.y : ref.y + 1, m };
}

/** The weekday `wd` (1-7) nearest before or after the reference day; the reference's own weekday is the reference. */
export function resolveWeekday(ref: Day, wd: number, direction: 'past' | 'future'): Day {
  const cur = weekday(ref);
  if (direction === 'past') return addDays(ref, -((cur - wd + 7) % 7));
  return addDays(ref, (wd - cur + 7) % 7);
}
