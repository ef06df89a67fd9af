// Values relative to the publication day; `XXXX` placeholders when it is unknown.
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  quarterOf,
  resolveMonth,
  resolveWeekday,
} from './calendar.js';
import type { Direction, TimexContext } from './timex-rule.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Friday" → the Friday before (past) or after (future) the publication day. */
export function weekdayValue(ctx: TimexContext, wd: number, dir: Direction, strict = false): string {
  if (!ctx.dct) return `XXXX-WXX-${wd}`;
  let day = resolveWeekday(ctx.dct, wd, dir);
  if (strict && formatDay(day) === formatDay(ctx.dct)) day = addDays(day, dir === 'past' ? -7 : 7);
  return formatDay(day);
}

/** "June" → the June before or after the publication month (the same month counting as itself unless strict). */
export function monthValue(ctx: TimexContext, m: number, dir: Direction | null, strict = false): string {
  if (!ctx.dct) return `XXXX-${pad(m)}`;
  if (dir === null) {
    // No tense cue: the nearest such month.
    const diff = m - ctx.dct.m;
    return formatMonth(ctx.dct.y + (diff > 6 ? -1 : diff < -6 ? 1 : 0), m);
  }
  let { y } = resolveMonth(ctx.dct, m, dir);
  if (strict && y === ctx.dct.y && m === ctx.dct.m) y += dir === 'past' ? -1 : 1;
  return formatMonth(y, m);
}

/** "June 2" without a year → the nearest such day; a tense cue moves it a year only when the nearest is
 * more than two months on the other side ("set a record on Aug. 6" in February is last August). */
export function monthDayValue(ctx: TimexContext, m: number, d: number, dir: Direction | null): string | null {
  if (!ctx.dct) return `XXXX-${pad(m)}-${pad(d)}`;
  const ref = ctx.dct;
  const offset = (y: number) => (Date.UTC(y, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86400000;
  let y = [ref.y - 1, ref.y, ref.y + 1].reduce(
    (best, c) => (Math.abs(offset(c)) < Math.abs(offset(best)) ? c : best),
    ref.y,
  );
  if (dir === 'past' && offset(y) > 60) y -= 1;
  if (dir === null && offset(y) > 150) y -= 1; // news leans to the past when the nearest is far ahead
  if (dir === 'future' && offset(y) < -60) y += 1;
  const day: Day = { y, m, d };
  if (!isValidDay(day)) return null;
  return formatDay(day);
}

/** "at Easter", "on Thanksgiving": the feast's day in the nearest year, leaning as monthDayValue does (a tense
 * cue moves it a year only when the nearest is more than two months on the other side); null without a
 * publication day, as the feast's day is then unknown. */
export function feastDayValue(
  ctx: TimexContext,
  dayOf: (y: number) => Day,
  dir: Direction | null,
): string | null {
  if (!ctx.dct) return null;
  const ref = ctx.dct;
  const offset = (y: number) => {
    const day = dayOf(y);
    return (Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86400000;
  };
  let y = [ref.y - 1, ref.y, ref.y + 1].reduce(
    (best, c) => (Math.abs(offset(c)) < Math.abs(offset(best)) ? c : best),
    ref.y,
  );
  if (dir === 'past' && offset(y) > 60) y -= 1;
  if (dir === null && offset(y) > 150) y -= 1;
  if (dir === 'future' && offset(y) < -60) y += 1;
  return formatDay(dayOf(y));
}

/** The publication day shifted by days, as a day value. */
export function dayOffsetValue(ctx: TimexContext, days: number, fallback: string): string {
  return ctx.dct ? formatDay(addDays(ctx.dct, days)) : fallback;
}

export function weekOffsetValue(ctx: TimexContext, weeks: number, fallback: string): string {
  return ctx.dct ? formatWeek(addDays(ctx.dct, weeks * 7)) : fallback;
}

export function monthOffsetValue(ctx: TimexContext, months: number, fallback: string): string {
  if (!ctx.dct) return fallback;
  const d = addMonths(ctx.dct, months);
  return formatMonth(d.y, d.m);
}

export function yearOffsetValue(ctx: TimexContext, years: number, fallback: string): string {
  return ctx.dct ? formatYear(ctx.dct.y + years) : fallback;
}

export function quarterOffsetValue(ctx: TimexContext, quarters: number, fallback: string): string {
  if (!ctx.dct) return fallback;
  const d = addMonths(ctx.dct, quarters * 3);
  return `${formatYear(d.y)}-Q${quarterOf(d.m)}`;
}

/** "the first quarter" → of the publication year, or the year before when that quarter is still to come. */
export function quarterValue(ctx: TimexContext, q: number, dir: Direction): string {
  if (!ctx.dct) return `XXXX-Q${q}`;
  const cur = quarterOf(ctx.dct.m);
  let y = ctx.dct.y;
  if (dir === 'past' && q > cur) y -= 1;
  if (dir === 'future' && q < cur) y += 1;
  return `${formatYear(y)}-Q${q}`;
}

/** "summer" → of the publication year (past: the year before when it has not begun yet). */
export function seasonValue(ctx: TimexContext, season: string, shift: number, dir: Direction): string {
  if (!ctx.dct) return `XXXX-${season}`;
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  let y = ctx.dct.y + shift;
  if (shift === 0 && dir === 'past' && (start[season] ?? 1) > ctx.dct.m && season !== 'WI') y -= 1;
  return `${formatYear(y)}-${season}`;
}
