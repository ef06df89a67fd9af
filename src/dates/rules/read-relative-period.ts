import { formatWeek, weekday } from '../calendar.js';
import { monthOffsetValue, quarterOffsetValue, weekOffsetValue, yearOffsetValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "last week", "this month", "next year", "earlier this month", "later this year", "the past week",
// "early next year", "the end of the year", "this weekend", "the weekend", "this fiscal year"
export const readRelativePeriod: TimexRule = {
  name: 'dates/relative-period',
  pattern:
    /\b(?:(?:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|end|beginning|start|middle|close|rest|remainder|balance|first half|second half)(?:\s+(?:of|in)\s+|-|\s+))?)(this|last|next|the past|the last|the previous|the coming|the next|past|coming|previous|the current|current|the same|the)\s+(?:(fiscal|calendar|financial|school|academic)\s+)?(week|weekend|month|year|decade)\b(?![-\s]+(?:old|long)\b)/gi,
  read(m, ctx) {
    const rel = (m[1] ?? '').toLowerCase().replace(/^the(?:\s+|$)/, '');
    const unit = (m[3] ?? '').toLowerCase();
    const full = m[0].toLowerCase();
    // "the year" alone is anaphoric unless a modifier pins it ("the end of the year").
    const modified =
      full.length > (m[1] ?? '').length + (m[3] ?? '').length + 1 + (m[2] ? m[2].length + 1 : 0);
    // "said over the weekend": the bare weekend after a preposition of time is the nearest one
    const weekendAfterPreposition =
      rel === '' &&
      unit === 'weekend' &&
      /\b(?:over|at|during|on)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
    if (rel === '' && !modified && !weekendAfterPreposition) return null;
    if (rel === '' && unit !== 'year' && unit !== 'month' && unit !== 'week' && unit !== 'weekend')
      return null;
    if (rel === 'same') return null;
    const shift = /^(last|past|previous)$/.test(rel) ? -1 : /^(next|coming)$/.test(rel) ? 1 : 0;
    if (unit === 'week')
      return spanOf(
        m,
        'DATE',
        weekOffsetValue(ctx, shift, shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF'),
      );
    if (unit === 'weekend') {
      if (!ctx.dct) return spanOf(m, 'DATE', 'XXXX-WXX-WE');
      // "the weekend" in a Monday-Thursday article is the one just past (or, in future tense, the coming one).
      let weeks = shift;
      if (shift === 0 && weekday(ctx.dct) <= 4 && ctx.directionAt(m.index, m.index + m[0].length) === 'past')
        weeks = -1;
      return spanOf(
        m,
        'DATE',
        `${weeks === 0 ? formatWeek(ctx.dct) : weekOffsetValue(ctx, weeks, 'XXXX-WXX')}-WE`,
      );
    }
    if (unit === 'month')
      return spanOf(
        m,
        'DATE',
        monthOffsetValue(ctx, shift, shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF'),
      );
    if (unit === 'decade' && /^the\s/i.test(m[1] ?? '') && shift !== 0) return spanOf(m, 'DURATION', 'P10Y'); // "the past decade"
    if (unit === 'decade') {
      if (!ctx.dct) return spanOf(m, 'DATE', 'XXX');
      return spanOf(m, 'DATE', String(Math.floor(ctx.dct.y / 10) + shift));
    }
    return spanOf(
      m,
      'DATE',
      yearOffsetValue(ctx, shift, shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF'),
    );
  },
};
void quarterOffsetValue;
