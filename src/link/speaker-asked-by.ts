import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

// "was asked by host Bill Maher": the one who asks, named after "asked by" and up to three lower-case words
const ASKED_BY =
  /\b(?:was|were|is|been|being|got|gets)\s+asked\s+by\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)/u;
// a cue of its own between the asker and the quote: the quote is that cue's
const OTHER_CUE = /\b(?:said|says|told|tells|added|replied|answered|responded|wrote|stated)\b/;

/**
 * 'Sanders was asked by host Bill Maher, who backs him, “Now, has it not?”': a direct quote that opens its sentence's
 * clause after "X was asked by Y," is what Y asked — its mention is Y, not X (the sentence's subject).
 */
export const mentionAskedBy: MentionRule = ({ quote, text, seg }) => {
  if (quote.type !== 'direct') return null;
  const s = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!s || s.start >= quote.start) return null;
  const lead = text.slice(s.start, quote.start);
  const m = ASKED_BY.exec(lead);
  if (!m?.[1] || !/[,:]\s*["“]?$/.test(lead)) return null;
  if (OTHER_CUE.test(lead.slice(m.index + m[0].length))) return null;
  const start = s.start + m.index + m[0].length - m[1].length;
  return { mention: { start, end: start + m[1].length, text: m[1] }, cue: null, rule: 'mention/asked-by' };
};
