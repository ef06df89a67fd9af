import { SEASONS } from '../lexicon.js';
import { seasonValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';

// "last summer", "this spring", "the winter of 2016", "summer 2016", "in the autumn". Not "a spring", "prices fall".
export const readSeason: TimexRule = {
  name: 'dates/season',
  pattern:
    /\b(?:(?:(this|last|next|past|coming)|(?:the\s+)?(?:early|late|mid)[- ]?)\s+)?(?:(the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4})\b)?(?![\w-])/gi,
  requires: /\b(?:spring|summer|autumn|fall|winter)/i,
  read(m, ctx) {
    const season = SEASONS[(m[3] ?? '').toLowerCase()];
    if (!season) return null;
    const rel = (m[1] ?? '').toLowerCase();
    if (m[4]) return spanOf(m, 'DATE', `${m[4]}-${season}`);
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const inLead = /\b(?:in|during|over|by|until|this|since|through)\s+$/i.test(before);
    if (!rel && !m[2] && !inLead && m[0].length === (m[3] ?? '').length) return null;
    if ((m[3] ?? '').toLowerCase() === 'fall' && !rel && !m[2]) return null;
    const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    if (rel === 'this' || rel === '')
      return spanOf(m, 'DATE', seasonValue(ctx, season, 0, ctx.directionAt(m.index, m.index + m[0].length)));
    return spanOf(m, 'DATE', seasonValue(ctx, season, shift, 'past'));
  },
};
