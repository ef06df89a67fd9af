import { mentionAfter } from '../quotes/find-mention.js';
import type { MentionRule } from './speaker-rule.js';
import { quoteTail, tokenAfter } from './speaker-trailing-helpers.js';

// “We need more buses.” - Ann Tull, Dover. / “…” —Ola Berg, tweeting after the vote. / “…”― Ola Berg — a dash
// (or a horizontal bar) then a name signs the quote.
export const mentionDashSignature: MentionRule = ({ quote, text, seg }) => {
  const tail = quoteTail(text, seg, quote);
  if (!tail) return null;
  const dash = /^\s*[-–—―]\s*/.exec(text.slice(tail.from, tail.end));
  if (!dash) return null;
  const { ctx, end } = tail;
  const at = tail.from + dash[0].length;
  const np = mentionAfter(ctx, tokenAfter(ctx, at), end);
  if (!np || np.start !== at || !/^\p{Lu}/u.test(np.text)) return null;
  // the name ends the sentence or a comma follows it
  if (!/^\s*(?:[.,]|$)/.test(text.slice(np.end, end))) return null;
  return { mention: np, cue: null, rule: 'mention/dash-signature' };
};
