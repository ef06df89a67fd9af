import type { MentionRule } from './speaker-rule.js';

// "Yesterday, Norland's trade minister, Ann Tull, announced that …": the quote finder's mention is the day word
// that opens the sentence; the subject is the phrase between its comma and the cue.
const DAY_WORD = /^(?:Yesterday|Today|Tomorrow|Tonight|Earlier|Later|Meanwhile)$/;

export const mentionAfterDayWord: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || !DAY_WORD.test(m.text) || cue.start <= m.end) return null;
  const between = text.slice(m.end, cue.start);
  // a short subject, set off by commas, running right up to the cue
  const found = /^,\s+([^.;:!?"“”]{2,70}?),?\s+$/.exec(between);
  if (!found?.[1] || !/\p{L}/u.test(found[1])) return null;
  const start = m.end + between.indexOf(found[1]);
  return {
    mention: { start, end: start + found[1].length, text: found[1] },
    cue,
    rule: 'mention/after-day-word',
  };
};
