import { spanOf, type TimexRule } from '../timex-rule.js';

// "the 2009-2010 season", "the expedition of 1957-58": each end of the range is a year.
export const readYearRangeStart: TimexRule = {
  name: 'dates/year-range',
  pattern: /(?<![\w$£€.,:/-])((?:1[5-9]|20)\d\d)(?=[-\u2013](?:(?:1[5-9]|20)\d\d|\d\d)(?![\w%.,]\d|\w))/g,
  requires: /(?:1[5-9]|20)\d\d[-\u2013]/,
  read(m) {
    return spanOf(m, 'DATE', m[1] ?? '');
  },
};

export const readYearRangeEnd: TimexRule = {
  name: 'dates/year-range',
  pattern: /(?<=(?<![\w$£€.,:/-])((?:1[5-9]|20)\d\d)[-\u2013])((?:1[5-9]|20)\d\d|\d\d)(?![\w%]|[.,]\d)/g,
  // the year before the dash: its pattern opens with a look-behind, which scans slowly
  requires: /(?:1[5-9]|20)\d\d[-\u2013]/,
  read(m) {
    const start = m[1] ?? '';
    const end = m[2] ?? '';
    const year = end.length === 4 ? end : `${start.slice(0, 2)}${end}`;
    if (Number(year) <= Number(start)) return null;
    return spanOf(m, 'DATE', year);
  },
};
