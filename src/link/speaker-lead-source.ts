import { mentionAfter } from '../quotes/find-mention.js';
import type { QuoteContext } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { span, tokenAfter } from './speaker-trailing-helpers.js';

// "According to Radio Nord:", "As Ann Tull, a historian, put it,": the source, then the words that open the quote
const LEAD = /^(?:(according\s+to|per)\s+)|(?:^(as)\s+)/i;
const AS_TAIL =
  /^(?:,[^,“”"]{1,120},)?\s+(put\s+it|said|says|wrote|writes|noted|notes|observed|explained|told\s+\S+)\s*,?\s*$/;

// According to Radio Nord: “The bridge will stay closed.” / As Ann Tull, a historian, put it, “No one won.” —
// the quote's own sentence opens with its source.
export const mentionLeadSource: MentionRule = ({ quote, text, seg }) => {
  if (quote.type !== 'direct') return null;
  const open = /["“«‘']+\s*$/.exec(text.slice(Math.max(0, quote.start - 3), quote.start));
  if (!open) return null;
  const markAt = quote.start - open[0].length;
  const sentence = seg.sentences.find((s) => markAt > s.start && markAt <= s.end);
  if (!sentence) return null;
  const lead = text.slice(sentence.start, markAt);
  const m = LEAD.exec(lead);
  if (!m) return null;
  const ctx: QuoteContext = { text, seg, tokens: seg.tokens, quoted: [] };
  const at = sentence.start + m[0].length;
  const np = mentionAfter(ctx, tokenAfter(ctx, at), markAt);
  if (!np || np.start !== at || /^(?:the|a|an)$/i.test(np.text)) return null;
  const rest = text.slice(np.end, markAt);
  if (m[1] ? !/^\s*[:,]\s*$/.test(rest) : !AS_TAIL.test(rest)) return null;
  const cue = m[1] ? span(text, sentence.start, sentence.start + m[1].length) : null;
  return { mention: np, cue, rule: 'mention/lead-source' };
};
