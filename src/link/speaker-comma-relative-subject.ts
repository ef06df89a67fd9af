import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

// the subject opening the sentence, then ", which …," or ", who …," (no comma inside), then the cue:
// "Ms Tull's campaign, which has been dogged by the row at the Keel Department, said …"
const SUBJECT_THEN_RELATIVE =
  /^((?:But|And|Meanwhile|However)\s+)?((?:[Tt]he\s+)?(?:[\p{L}\p{M}'’.&-]+\s+){0,5}?[\p{L}\p{M}'’.&-]+),\s+(?:which|who)\s+[^,;:"“”()]{3,240},\s*$/u;

/**
 * "Ms Tull's campaign, which has been dogged by the row at the Keel Department, said that …": a mention inside a
 * comma-bounded relative clause right before the cue is not who speaks; the subject the clause follows is.
 */
export const mentionCommaRelativeSubject: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end) return null;
  // ", said": the mention ends the clause right before the cue
  if (!/^\s*,\s*$/.test(text.slice(m.end, cue.start))) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const hit = SUBJECT_THEN_RELATIVE.exec(text.slice(sentence.start, cue.start));
  const subject = hit?.[2];
  if (!subject) return null;
  const start = sentence.start + (hit[1]?.length ?? 0);
  // (the mention inside the clause, not the subject itself)
  if (m.start < start + subject.length) return null;
  return {
    mention: { start, end: start + subject.length, text: subject },
    cue,
    rule: 'mention/comma-relative-subject',
  };
};
