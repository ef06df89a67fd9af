import { isNamed, PRONOUNS, type SpeakerRule } from './speaker-rule.js';

// 'He said: "You go to the cinema …. "There is this …. "The whole culture …"' → one "He" for all three: a pronoun
// already resolved for an earlier quote it attributes stands for the same speaker in each quote it attributes
// (not resolved again from where the later quote stands); a name only, not a description ("the Tory leader") the
// later quotes may still resolve to its holder.
export const speakerSameMention: SpeakerRule = ({ quote, previous }) => {
  const m = quote.mention;
  if (!m || !PRONOUNS.has(m.text.toLowerCase())) return null;
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.mention || p.mention.end < m.start - 2000) break;
    if (p.mention.start === m.start && p.mention.end === m.end)
      return p.speaker && isNamed(p.speaker) ? { speaker: p.speaker, rule: 'speaker/same-mention' } : null;
  }
  return null;
};
