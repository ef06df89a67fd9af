import { NUMBER_RE, readNumber } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

const UNIT: Record<string, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' };

// "a year earlier", "two days later", "the next day", "the following week", "the previous year", "that day",
// "the same day", "the day before,": relative to the story's last date, not the publication day. The value is a marker
// ("@-1Y") that anchor resolution replaces once every expression is known.
export const readAnaphoric: TimexRule = {
  name: 'dates/anaphoric',
  pattern: new RegExp(
    `\\b(?:(${NUMBER_RE})\\s+(days?|weeks?|months?|quarters?|years?)\\s+(earlier|later)(?!\\s+(?:than|that)\\b)|((?:(?:earlier|later)\\s+)?(?:the\\s+(?:next|following|previous|prior|same)|that))\\s+(day|week|month|quarter|year)(?!['-]|\\s+(?:of|old|ago|and)\\b)|the\\s+(day|week|month|year)\\s+(before|after)(?=\\s*(?:[,.;:!?)\\n]|$)))`,
    'gi',
  ),
  read(m) {
    if (m[1] && m[2] && m[3]) {
      const n = readNumber(m[1]);
      if (n === null || !Number.isInteger(n)) return null;
      const unit = UNIT[m[2].toLowerCase().replace(/s$/, '')];
      if (!unit) return null;
      const sign = /^(?:earlier|before)$/i.test(m[3]) ? -1 : 1;
      return spanOf(m, 'DATE', `@${sign * n}${unit}`);
    }
    // "On Radio Vell the day before, she said …": "before"/"after" alone, with no event of its own after it
    if (m[6] && m[7]) {
      const u = UNIT[m[6].toLowerCase()];
      return u ? spanOf(m, 'DATE', `@${/^before$/i.test(m[7]) ? -1 : 1}${u}`) : null;
    }
    const unit = UNIT[(m[5] ?? '').toLowerCase()];
    if (!unit) return null;
    const word = (m[4] ?? '').toLowerCase();
    const shift = /next|following/.test(word) ? 1 : /previous|prior/.test(word) ? -1 : 0;
    return spanOf(m, 'DATE', `@${shift}${unit}`);
  },
};
