import { spanOf, type TimexRule } from '../timex-rule.js';

const VALUES: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'the past': 'PAST_REF',
  recently: 'PAST_REF',
  'at the time': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  soon: 'FUTURE_REF',
};

// "now", "currently", "in the past", "recently", "in the future". Not "now that", "the past two years".
export const readRefWord: TimexRule = {
  name: 'dates/ref-word',
  pattern:
    /\b(right now|now|currently|nowadays|at present|the present|these days|the past|recently|at the time|the near future|the future|soon)\b(?!\s+(?:that|is|was|\d|two|three|four|five|six|seven|eight|nine|ten|few|several|many|week|month|year|decade|day))/gi,
  read(m, ctx) {
    const key = (m[1] ?? '').toLowerCase();
    const value = VALUES[key];
    if (!value) return null;
    if (
      key === 'the present' &&
      /^\s+(?:\w+)/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2)) &&
      !/^\s*[,.;]/.test(ctx.text.slice(m.index + m[0].length))
    )
      return null;
    if (key === 'soon') return null; // rarely annotated; kept for the list of known words
    return spanOf(m, 'DATE', value);
  },
};
