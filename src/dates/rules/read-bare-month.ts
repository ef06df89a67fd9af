import { MONTHS } from '../lexicon.js';
import { monthValue } from '../resolve-value.js';
import { spanOf, type TimexRule } from '../timex-rule.js';
import { atSentenceStart, isCapitalized, MOD_RE, wordAfter, wordBefore } from './patterns.js';

const FULL =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.)';
const AFTER_NAME =
  /^(?:said|says|told|has|had|is|was|will|would|may|might|can|could|and|'s|s|added|insisted)$/i;
const BEFORE_OK =
  /^(?:in|on|of|since|until|till|by|from|to|through|during|before|after|last|next|this|early|late|mid|end|and|or|between|each|every|since|the|that|until|for|,|as|about|around|then)$/i;

// "in June", "last June", "early June", "next March". Not "march" the verb, not "Theresa May", not "May said".
export const readBareMonth: TimexRule = {
  name: 'dates/bare-month',
  pattern: new RegExp(
    `\\b(?:(last|next|this|past|coming)\\s+)?${MOD_RE}(?:(last|next|this)\\s+)?${FULL}(?![\\w-])`,
    'gi',
  ),
  read(m, ctx) {
    const word = m[3] ?? '';
    const month = MONTHS[word.toLowerCase().replace(/\.$/, '')];
    const wordStart = m.index + m[0].length - word.length;
    if (!month || !isCapitalized(word, 0)) return null;
    const bare = m[0].length === word.length;
    const before = wordBefore(ctx.text, wordStart);
    const after = wordAfter(ctx.text, m.index + m[0].length);
    if (bare) {
      // "Theresa May", "June Carter", "May said"
      if (
        isCapitalized(before, 0) &&
        !BEFORE_OK.test(before) &&
        !atSentenceStart(ctx.text, m.index - before.length - 1)
      )
        return null;
      if (isCapitalized(after, 0) || AFTER_NAME.test(after)) return null;
      if (/^\d/.test(ctx.text.slice(m.index + m[0].length).trimStart())) return null;
      if (
        !BEFORE_OK.test(before) &&
        !/[,(]\s*$/.test(ctx.text.slice(Math.max(0, wordStart - 3), wordStart))
      ) {
        if (month === 5 || month === 3 || month === 4 || month === 6) return null; // names and verbs without a preposition
      }
    }
    const rel = (m[1] ?? m[2] ?? '').toLowerCase();
    let value: string;
    if (rel === 'last' || rel === 'past') value = monthValue(ctx, month, 'past', true);
    else if (rel === 'next' || rel === 'coming') value = monthValue(ctx, month, 'future', true);
    else if (rel === 'this')
      value = ctx.dct
        ? `${String(ctx.dct.y).padStart(4, '0')}-${String(month).padStart(2, '0')}`
        : monthValue(ctx, month, 'past');
    else value = monthValue(ctx, month, ctx.cueAt(m.index, m.index + m[0].length));
    return spanOf(m, 'DATE', value);
  },
};
