import { formatDay } from '../calendar.js';
import { readClock } from '../read-clock.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

const pad = (n: number) => String(n).padStart(2, '0');

// "at 3 p.m.", "10:30 a.m. EST", "14:00 GMT", "noon", "midnight". A race time "3:07:35" is a duration, not a time.
export const readTimeOfDay: TimexRule = {
  name: 'dates/time-of-day',
  pattern:
    /(?<![\d:.,$])(?:(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![a-z])|(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)|\b(noon|midnight|midday))(?:\s+(GMT|UTC|BST|EST|EDT|CST|CDT|PST|PDT|ET|local time))?/gi,
  requires: /\d\s*[ap]\.?m|\d:\d\d|noon|midnight|midday/i,
  read(m, ctx) {
    if (m[6]) {
      // "3:07:35" — a race or lap time
      return spanOf(m, 'DURATION', `PT${Number(m[4])}H${Number(m[5])}M${Number(m[6])}S`);
    }
    let hour: number | null = null;
    let minute = 0;
    if (m[7]) {
      hour = m[7].toLowerCase() === 'midnight' ? 0 : 12;
    } else {
      // chrono reads the clock words ("3 p.m.", "10:30 am") reliably; we keep only hour and minute.
      const clock = readClock(m[0]);
      if (clock) {
        hour = clock.hour;
        minute = clock.minute;
      }
      if (m[4] && !m[3]) {
        // "14:00" needs a zone or a preposition to be a clock time, not a score or ratio.
        const before = ctx.text.slice(Math.max(0, m.index - 6), m.index);
        if (!m[8] && !/\b(?:at|by|from|until|to|before|after)\s+$/i.test(before)) return null;
      }
    }
    if (hour === null || hour > 23 || minute > 59) return null;
    const day = ctx.dct ? formatDay(ctx.dct) : 'XXXX-XX-XX';
    const zone = /^UTC$/i.test(m[8] ?? '') ? 'Z' : '';
    return spanOf(m, 'TIME', `${day}T${pad(hour)}:${pad(minute)}${zone}`);
  },
};
