import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { leadBeforeMark, span, tokenAfter } from './speaker-trailing-helpers.js';

// From the report: “…” / More from Ann Tull and Ola Berg: “…” / From Tull's statement: “…” — the source the
// colon's "from" names is who wrote the words (its phrase up to the colon, nothing else in the sentence).
export const mentionFromColon: MentionRule = ({ quote, text, seg }) => {
  const lead = leadBeforeMark(text, seg, quote);
  if (!lead) return null;
  const m = /(?:^|\s[-–—]\s*|\s-)(?:More\s+from|From)\s+([^:]{2,60}):\s*$/u.exec(lead.lead);
  if (!m?.[1] || m.index === undefined) return null;
  const at = lead.sentence.start + m.index + m[0].lastIndexOf(m[1]);
  const colon = at + m[1].length;
  const ctx = textContext(text, seg);
  const np = mentionAfter(ctx, tokenAfter(ctx, at), colon + 1);
  // "Ann Tull and Ola Berg": names joined by "and"
  const names = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)+$/u.test(m[1]);
  if (!names && (!np || np.start !== at || np.end !== colon)) return null;
  return { mention: span(text, at, colon), cue: null, rule: 'mention/from-colon' };
};
