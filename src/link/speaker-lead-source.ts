import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { leadBeforeMark, span, tokenAfter } from './speaker-trailing-helpers.js';

// "According to Radio Nord:", "As Ann Tull, a historian, put it,": the source, then the words that open the quote
const LEAD = /^(?:(according\s+to|per)\s+)|(?:^(as)\s+)/i;
const AS_TAIL =
  /^(?:,[^,“”"]{1,120},)?\s+(put\s+it|said|says|wrote|writes|noted|notes|observed|explained|told\s+\S+)\s*,?\s*$/;

// According to Radio Nord: “The bridge will stay closed.” / According to Ann Tull, the plan is sound: “It
// works.” / As Ann Tull, a historian, put it, “No one won.” —
// the quote's own sentence opens with its source.
export const mentionLeadSource: MentionRule = ({ quote, text, seg }) => {
  const before = leadBeforeMark(text, seg, quote);
  if (!before) return null;
  const { markAt, sentence, lead } = before;
  const m = LEAD.exec(lead);
  if (!m) return null;
  const ctx = textContext(text, seg);
  const at = sentence.start + m[0].length;
  // "According to police spokesman Ray Fenn": lower-case role words may come before the name
  const roles = m[1]
    ? (/^(?:(?!the\b|a\b|an\b)[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u.exec(text.slice(at, markAt))?.[0] ?? '')
    : '';
  const np = mentionAfter(ctx, tokenAfter(ctx, at + roles.length), markAt);
  if (!np || np.start !== at + roles.length || /^(?:the|a|an)$/i.test(np.text)) return null;
  // "According to a statement released by Ann Tull's office, “…”": the document and who issued it
  const issuer =
    /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|document|study|survey)$/iu.test(np.text) &&
    /^\s+(?:released|issued|published|put\s+out)\s+by\s+[^,“”"]{2,80}(?=,)/u.exec(text.slice(np.end, markAt));
  const rest = text.slice(np.end + (issuer ? issuer[0].length : 0), markAt);
  if (issuer && m[1] && /^\s*,\s*$/.test(rest)) {
    const cue = span(text, sentence.start, sentence.start + m[1].length);
    return { mention: span(text, np.start, np.end + issuer[0].length), cue, rule: 'mention/lead-source' };
  }
  // "According to Ann Tull, the note could help the case: “…”": the source's clause leads up to the colon
  const clause = /^\s*,[^“”"«»:;]{1,200}:\s*$/.test(rest);
  if (m[1] ? !/^\s*[:,]\s*$/.test(rest) && !clause : !AS_TAIL.test(rest)) return null;
  const cue = m[1] ? span(text, sentence.start, sentence.start + m[1].length) : null;
  return { mention: np, cue, rule: 'mention/lead-source' };
};
