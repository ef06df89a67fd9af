import type { MentionRule } from './speaker-rule.js';

// a capitalised name: "Tarn Vell", "Ada de Kray"
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|van|von|der|al|bin|da|di|du|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
// "Tarn Vell and Ada Kray": two names joined, the second running to the mention's end
const TWO_NAMES = new RegExp(String.raw`^${NAME}\s+and\s+(${NAME})$`, 'u');
// a form of "be" right before the mention: the first name is its complement
const COPULA_BEFORE = /(?:^|\s)(?:is|was|are|were|be|been|being)\s+$/;

// "His name is Tarn Vell and Ada Kray says that he …": the quote finder's mention joins the complement of "is" to
// the subject of the next clause; the name after "and" is the one who speaks. Not "Tarn Vell and Ada Kray said"
// (no "is" before them: both speak), nor "The hosts are Tarn Vell and Ada Kray, who said" (no mention of two here).
export const mentionCopulaThenAnd: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || !m.text.includes(' and ')) return null;
  // (the cue right after the names: "… and Ada Kray says")
  if (!/^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(m.end, cue.start))) return null;
  if (!COPULA_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const second = TWO_NAMES.exec(m.text)?.[1];
  if (!second) return null;
  const start = m.end - second.length;
  return {
    mention: { start, end: m.end, text: second },
    cue,
    rule: 'mention/copula-then-and',
  };
};
