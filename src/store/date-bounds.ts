// A statement date may be a day, a month or a year; a query range compares against the first and last day
// the value covers: "2017-06" → 2017-06-01 … 2017-06-30.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export interface DateBounds {
  first: string;
  last: string;
}

/** The first and last day a `YYYY[-MM[-DD]]` value (or a timestamp) covers; null for anything else. */
export function boundDate(value: string | null | undefined): DateBounds | null {
  if (!value) return null;
  const stamp = value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value;
  const day = DAY.exec(stamp);
  if (day) {
    const [, y, m, d] = day;
    return Number(d) >= 1 && Number(d) <= daysIn(Number(y), Number(m)) ? { first: stamp, last: stamp } : null;
  }
  const month = MONTH.exec(stamp);
  if (month) {
    const [, y, m] = month;
    const days = daysIn(Number(y), Number(m));
    return days ? { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` } : null;
  }
  const year = YEAR.exec(stamp);
  if (year) return { first: `${year[1]}-01-01`, last: `${year[1]}-12-31` };
  return null;
}

/** Days in a month; 0 for a month outside 1–12. */
function daysIn(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date a quote sorts and filters by: its statement date (`when`), falling back to publication. */
export function quoteDateBounds(when: string | null, published: string | null): DateBounds | null {
  return boundDate(when) ?? boundDate(published);
}
