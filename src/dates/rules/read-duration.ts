import { durationValue, NUMBER_RE, readNumber, UNIT_RE, unitOf } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "three years", "the past two years", "18 months", "a six-month", "two-year", "90 days", "an hour", "24 hours".
// Not ages ("a 60-year-old"), not "two years ago" (a date), not money or plain numbers.
export const readDuration: TimexRule = {
  name: 'dates/duration',
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|final|following|latest|entire|whole|full)\\s+)?(?:(?:almost|nearly|about|roughly|some|around|more than|less than|over|under|at least|up to|a mere|just)\\s+)?(${NUMBER_RE}(?:\\s+and\\s+a\\s+half)?)(?:[- ])(${UNIT_RE})(?:'|\\b)(?![-\\s]+old\\b)(?!\\s+ago\\b)`,
    'gi',
  ),
  read(m, ctx) {
    let n = readNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (n === null || !unit) return null;
    // "two-a-second", "once-a-year": a rate, not a duration
    if (/^an?-/i.test(m[0].slice(m[0].length - (m[1] ?? '').length - (m[2] ?? '').length - 1))) return null;
    if (/and a half/i.test(m[1] ?? ''))
      n = (readNumber((m[1] ?? '').replace(/\s+and\s+a\s+half/i, '')) ?? 0) + 0.5;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "three-quarters of", "a quarter of the vote": fractions, not periods
    if (unit === 'quarter' && (/-quarters/i.test(m[0]) || /^\s+of\b/i.test(after))) return null;
    // "60 Minutes" (a programme's name)
    if (/^[A-Z]/.test(m[2] ?? '') && !/^[A-Z]/.test(m[0])) return null;
    if (/^-old\b|^\s+old\b|^-long\b/.test(after) && /^-old|^\s+old/.test(after)) return null;
    // "a year" in "twice a year", "per year" is a frequency, read by the set rule.
    if (
      /^(?:a|an)$/i.test(m[1] ?? '') &&
      /\b(?:times|twice|once|per|percent|%|\d)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))
    )
      return null;
    return spanOf(m, 'DURATION', durationValue(Number.isFinite(n) ? n : null, unit));
  },
};
