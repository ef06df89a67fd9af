import { mentionAfter } from '../quotes/find-mention.js';
import type { QuoteContext } from '../quotes/quote-context.js';
import { fullestName } from './speaker-names.js';
import type { MentionRule } from './speaker-rule.js';
import { tokenAfter } from './speaker-trailing-helpers.js';

// Ann Tull: ‘We Will Win In Dover.’ (a headline) / POLLS CLOSE EARLY - Ola Berg: “Turnout was low.” — a
// person's name and a colon are all that stand before the quote in its sentence (or after a headline's dash).
export const mentionNameColon: MentionRule = ({ quote, text, seg, names }) => {
  if (quote.type !== 'direct') return null;
  const open = /["“«‘'`]+$/.exec(text.slice(Math.max(0, quote.start - 3), quote.start));
  if (!open) return null;
  const markAt = quote.start - open[0].length;
  const sentence = seg.sentences.find((s) => markAt > s.start && markAt <= s.end);
  if (!sentence) return null;
  const lead = text.slice(sentence.start, markAt);
  const m = /(?:^|\s[-–—]\s*)([^-–—:]+):\s*$/u.exec(lead);
  if (!m?.[1]) return null;
  const at = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1]);
  const ctx: QuoteContext = { text, seg, tokens: seg.tokens, quoted: [] };
  const np = mentionAfter(ctx, tokenAfter(ctx, at), markAt);
  if (!np || np.start !== at || !/^\s*:\s*$/.test(text.slice(np.end, markAt))) return null;
  // a person the article names (not "Update:", "Quote Of The Day:")
  const name = np.text.replace(/^(?:\p{Lu}\p{Ll}*\.\s+)+/u, '');
  if (!fullestName(names, name)) return null;
  return { mention: np, cue: null, rule: 'mention/name-colon' };
};
