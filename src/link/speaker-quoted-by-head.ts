import type { MentionRule } from './speaker-rule.js';

// "an investigator quoted by the Keel Gazette", "a senior official cited by Radio Nord": the source and the outlet
// that quotes it
const QUOTED_BY = /^(.+?),?\s+(?:quoted|cited)\s+(?:by|in)\s+\S/u;

// '…, an investigator quoted by the Keel Gazette said.' → "an investigator": the one quoted speaks, not the outlet
// that carried the words; the mention is the phrase before "quoted by".
export const mentionQuotedByHead: MentionRule = ({ quote }) => {
  const m = quote.mention;
  const head = m ? QUOTED_BY.exec(m.text)?.[1] : undefined;
  if (!m || !head || !/\p{L}/u.test(head)) return null;
  return {
    mention: { start: m.start, end: m.start + head.length, text: head },
    cue: quote.cue,
    rule: 'mention/quoted-by-head',
  };
};
