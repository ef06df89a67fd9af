import { spanOf, type TimexRule } from '../timex-rule.js';
import { MOD_RE } from './patterns.js';

// "the 1990s", "the early 1990s", "the '90s", "the 1990's", "the 90s"
export const readDecade: TimexRule = {
  name: 'dates/decade',
  pattern: new RegExp(
    `\\b${MOD_RE}(?:the\\s+)?(?:(?:early|mid|late)[- ]\\s*)?(?:(1[5-9]|20)(\\d)0'?s|'(\\d)0s|(?<=the\\s+)(\\d)0s)\\b`,
    'gi',
  ),
  requires: /0'?s/i,
  read(m) {
    if (m[1] && m[2]) return spanOf(m, 'DATE', `${m[1]}${m[2]}`);
    const d = m[3] ?? m[4];
    if (!d) return null;
    const century = Number(d) <= 2 ? '20' : '19';
    return spanOf(m, 'DATE', `${century}${d}`);
  },
};
