import { spanOf, type TimexRule } from '../timex-rule.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
  nightly: 'P1D',
  quarterly: 'P3M',
};
const EVERY_UNIT: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  hour: 'PT1H',
  night: 'P1D',
  morning: 'XXXX-XX-XXTMO',
  evening: 'XXXX-XX-XXTEV',
  afternoon: 'XXXX-XX-XXTAF',
  season: 'P1Y',
  summer: 'XXXX-SU',
  winter: 'XXXX-WI',
  spring: 'XXXX-SP',
  autumn: 'XXXX-FA',
  weekend: 'XXXX-WXX-WE',
};
const WD: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

// "every day", "each year", "every Sunday", "twice a week", "daily", "annually", "per year"
export const readSet: TimexRule = {
  name: 'dates/set',
  pattern:
    /\b(?:(every|each)\s+(?:(other|two|three|four|\d+)\s+)?(day|week|month|year|hour|night|morning|evening|afternoon|season|summer|winter|spring|autumn|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)|(?:(?:once|twice|\w+ times)\s+)?(?:a|per)\s+(day|week|month|year))\b/gi,
  requires:
    /\b(?:every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|(?:a|per)\s+(?:day|week|month|year))/i,
  read(m, ctx) {
    if (m[4]) {
      const word = m[4].toLowerCase();
      // "a daily newspaper", "monthly figures": adjectives before a noun are not sets in TimeML news either way.
      const before = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      if (/\b(?:a|an|the)\s+$/i.test(before)) return null;
      // "quarterly earnings", "daily newspaper": an adjective before a noun
      if (
        /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        word !== 'annually' &&
        word !== 'daily'
      )
        return null;
      return spanOf(m, 'SET', ADVERBS[word] ?? 'XXXX');
    }
    if (m[5]) {
      // "5% a year", "twice a week" — only after a rate or a count.
      if (
        !/^(?:once|twice|\w+ times)\s/i.test(m[0]) &&
        !/(?:%|percent|\d|times|once|twice)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      const unit = m[5].toLowerCase();
      return spanOf(m, 'SET', EVERY_UNIT[unit] ?? 'XXXX');
    }
    const unit = (m[3] ?? '').toLowerCase();
    const wd = WD[unit];
    if (wd) return spanOf(m, 'SET', `XXXX-WXX-${wd}`);
    const step = m[2]
      ? m[2].toLowerCase() === 'other'
        ? 2
        : Number(m[2]) || ({ two: 2, three: 3, four: 4 } as Record<string, number>)[m[2].toLowerCase()] || 1
      : 1;
    const base = EVERY_UNIT[unit] ?? 'XXXX';
    return spanOf(m, 'SET', step > 1 && base.startsWith('P') ? base.replace('1', String(step)) : base);
  },
};
