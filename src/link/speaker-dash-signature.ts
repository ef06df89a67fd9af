import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { quoteTail, tokenAfter } from './speaker-trailing-helpers.js';

// “We need more buses.” - Ann Tull, Dover. / “…” —Ola Berg, tweeting after the vote. / “…”― Ola Berg — a dash
// (or a horizontal bar) then a name signs the quote.
export const mentionDashSignature: MentionRule = (input) => {
  const { quote, text, seg } = input;
  const tail = quoteTail(text, seg, quote);
  if (!tail) return signatureLine(input);
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

// “We need more buses.”⏎⏎- Ann Tull.⏎⏎ / “…”⏎—Ola Berg, tweeting after the vote. — the signature on a line of its
// own, right after the quote's paragraph
const signatureLine: MentionRule = ({ quote, text, seg }) => {
  const m = /^["”’'»]*[ \t]*\n\s*([-–—―])[ \t]*/.exec(text.slice(quote.end, quote.end + 12));
  if (!m) return null;
  const at = quote.end + m[0].length;
  const p = seg.paragraphs[rangeIndexHolding(seg.paragraphs, at)];
  if (!p || p.end - at > 100) return null;
  const ctx = textContext(text, seg);
  const np = mentionAfter(ctx, tokenAfter(ctx, at), p.end);
  if (!np || np.start !== at || !/^\p{Lu}/u.test(np.text)) return null;
  if (!/^\s*(?:[.,]|$)/.test(text.slice(np.end, p.end))) return null;
  return { mention: np, cue: null, rule: 'mention/dash-signature-line' };
};
