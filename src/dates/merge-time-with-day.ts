import type { TimexMatch } from './timex-rule.js';

interface Ranked extends TimexMatch {
  rule: string;
  order: number;
}

const GAP = /^(?:\s+on\s+|\s+at\s+|,?\s+)$/;
const CLOCK = /T\d\d:\d\d$/;
const DAY = /^(?:\d{4}|XXXX)-(?:\d\d|WXX)-\d{1,2}$/;

/** "3 p.m. on Friday", "Friday at 3 p.m.": one TIME on that day (rule dates/time-with-day). */
export function mergeTimeWithDay<T extends Ranked>(text: string, items: T[]): T[] {
  const out: T[] = [];
  for (const cur of items) {
    const prev = out[out.length - 1];
    if (prev && GAP.test(text.slice(prev.end, cur.start))) {
      const time =
        prev.type === 'TIME' && CLOCK.test(prev.value)
          ? prev
          : cur.type === 'TIME' && CLOCK.test(cur.value)
            ? cur
            : null;
      const day = time === prev ? cur : prev;
      if (time && day !== time && day.type === 'DATE' && DAY.test(day.value)) {
        const clock = time.value.slice(time.value.indexOf('T'));
        out[out.length - 1] = {
          ...prev,
          end: cur.end,
          type: 'TIME',
          value: `${day.value}${clock}`,
          rule: 'dates/time-with-day',
        };
        continue;
      }
    }
    out.push(cur);
  }
  return out;
}
