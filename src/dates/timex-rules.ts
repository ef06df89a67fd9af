import { readAgo } from './rules/read-ago.js';
import { readAnaphoric } from './rules/read-anaphoric.js';
import { readBareMonth } from './rules/read-bare-month.js';
import { readCentury } from './rules/read-century.js';
import { readDecade } from './rules/read-decade.js';
import { readDeicticDay } from './rules/read-deictic-day.js';
import { readDuration } from './rules/read-duration.js';
import { readHoliday } from './rules/read-holiday.js';
import { readIsoDate } from './rules/read-iso-date.js';
import { readDayMonth, readMonthDay } from './rules/read-month-day.js';
import { readMonthRelativeYear } from './rules/read-month-relative-year.js';
import { readMonthYear } from './rules/read-month-year.js';
import { readNumericDate } from './rules/read-numeric-date.js';
import { readQuarter } from './rules/read-quarter.js';
import { readRefWord } from './rules/read-ref-word.js';
import { readRelativePeriod } from './rules/read-relative-period.js';
import { readSameDay } from './rules/read-same-day.js';
import { readSeason } from './rules/read-season.js';
import { readSet } from './rules/read-set.js';
import { readTimeOfDay } from './rules/read-time-of-day.js';
import { readVagueDuration } from './rules/read-vague-duration.js';
import { readWeekday } from './rules/read-weekday.js';
import { readYear } from './rules/read-year.js';
import { readYearRangeEnd, readYearRangeStart } from './rules/read-year-range.js';
import type { TimexRule } from './timex-rule.js';

/** In priority order: when two matches have the same length, the earlier rule wins; a longer match always wins. */
export const TIMEX_RULES: TimexRule[] = [
  readIsoDate,
  readNumericDate,
  readMonthDay,
  readDayMonth,
  readMonthYear,
  readMonthRelativeYear,
  readAgo,
  readAnaphoric,
  readRelativePeriod,
  readQuarter,
  readDecade,
  readCentury,
  readSeason,
  readHoliday,
  readSameDay,
  readDeicticDay,
  readWeekday,
  readBareMonth,
  readYear,
  readYearRangeStart,
  readYearRangeEnd,
  readTimeOfDay,
  readSet,
  readDuration,
  readVagueDuration,
  readRefWord,
];
