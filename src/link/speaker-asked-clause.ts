import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { tokenAfter } from './speaker-trailing-helpers.js';

// "but when asked whether", "and, asked if", "when asked by reporters about": the question put to the speaker
const ASKED =
  /\b(?:when|after\s+being|on\s+being|once|if)?\s*asked\b(?:\s+by\s+[^,;:"“]{1,60}?)?\s+(?:whether|if|about|how|why|what|when|who|where)\b/gi;

// The singer would not talk about it, but when asked whether he would do the same again replied: "…" — the
// quote finder's mention ("the same") lies in the question put to the speaker; the answer's subject is the one
// that opens the sentence.
/** What the fix cannot apply without, anywhere in the text (its lead is read only when it writes "asked"). */
export const OUTSIDE_ASKED_CLAUSE_NEEDS = /asked/i;

export const mentionOutsideAskedClause: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  if (!m || !quote.cue || quote.cue.start < m.end) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence || quote.cue.start > sentence.end) return null;
  const lead = text.slice(sentence.start, m.start);
  // (the word looked for first: the pattern tries every offset of the lead)
  const asked = OUTSIDE_ASKED_CLAUSE_NEEDS.test(lead) ? [...lead.matchAll(ASKED)].pop() : undefined;
  if (!asked || asked.index === undefined || asked.index === 0) return null;
  // the question runs on to the cue: no comma closes it before the answer ("Asked whether…, Tull replied")
  if (/[,;]/.test(text.slice(sentence.start + asked.index, quote.cue.start))) return null;
  const ctx = textContext(text, seg);
  const np = mentionAfter(ctx, tokenAfter(ctx, sentence.start), sentence.start + asked.index);
  if (!np || np.start !== sentence.start) return null;
  return { mention: np, cue: quote.cue, rule: 'mention/outside-asked-clause' };
};
