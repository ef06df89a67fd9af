import { ORDINALS } from '../lexicon.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { MOD_RE } from './patterns.js';

// "the 20th century" → 19, "the nineteenth century" → 18, "this century" → the publication's
export const readCentury: TimexRule = {
  name: 'dates/century',
  pattern: new RegExp(
    `\\b${MOD_RE}(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(\\w+(?:-\\w+)?)|(this|last|next))\\s+[Cc]entury\\b`,
    'gi',
  ),
  requires: /[Cc]entury/i,
  read(m, ctx) {
    let n: number | null = null;
    if (m[1]) n = Number(m[1]);
    else if (m[2]) n = ORDINALS[m[2].toLowerCase()] ?? null;
    if (m[2] && /^(?:last|final|this|next)$/i.test(m[2])) n = null;
    const rel = (m[3] ?? m[2] ?? '').toLowerCase();
    if (n === null && ctx.dct && /^(this|last|next)$/.test(rel)) {
      const cur = Math.floor(ctx.dct.y / 100);
      const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      return spanOf(m, 'DATE', String(cur + shift).padStart(2, '0'));
    }
    if (n === null || n < 1 || n > 21) return null;
    return spanOf(m, 'DATE', String(n - 1).padStart(2, '0'));
  },
};
