import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

/**
 * "Tarn Oil now owns Keelco and Norland has said it will …": a mention "A and B" right after a verb is the
 * first clause's object joined to the next clause's subject; B alone speaks.
 */
export const mentionObjectThenSubject: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end) return null;
  const and = /^(.+?)\s+and\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})$/u.exec(m.text);
  if (!and?.[1] || !and[2]) return null;
  // the word before the mention is a verb of the clause before: "owns", "bought", "joined"
  const k = rangeIndexHolding(seg.tokens, m.start);
  const before = seg.tokens[k - 1];
  if (!before || seg.tokens[k]?.start !== m.start) return null;
  if (before.pos !== 'VERB' || !/^\p{Ll}+$/u.test(text.slice(before.start, before.end))) return null;
  // (a speech verb before it is another report: "said Ann Tull and Tom Reid")
  if (/^(?:said|says|told|added|according)$/.test(text.slice(before.start, before.end))) return null;
  const start = m.end - and[2].length;
  return { mention: { start, end: m.end, text: and[2] }, cue, rule: 'mention/object-then-subject' };
};
