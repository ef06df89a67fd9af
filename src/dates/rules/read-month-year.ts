import { formatMonth } from '../calendar.js';
import { MONTH_RE, MONTHS } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { isCapitalized, MOD_RE } from './patterns.js';

// "June 2017", "early June 2017", "the end of June, 2017", "June of 2017"
export const readMonthYear: TimexRule = {
  name: 'dates/month-year',
  pattern: new RegExp(`\\b${MOD_RE}(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b(?!-\\d|,\\d)`, 'gi'),
  requires: new RegExp(`${MONTH_RE},?\\s+(?:of\\s+)?\\d{4}`, 'i'),
  read(m) {
    const word = m[1] ?? '';
    const month = MONTHS[word.toLowerCase().replace(/\.$/, '')];
    if (!month || !isCapitalized(word, 0)) return null;
    return spanOf(m, 'DATE', formatMonth(Number(m[2]), month));
  },
};
