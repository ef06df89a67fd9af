import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { span } from './speaker-trailing-helpers.js';

// "other retailers - including", "several banks (among them", "most carmakers, such as": a plural group, then
// the members it names
const GROUP_THEN_LIST =
  /((?:(?:other|some|several|many|most|few|all|two|three|four|five|six|\d+)\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)\s*[-–—(,]\s*(?:including|such\s+as|among\s+them)\s[^-–—()]*$/u;
/** The list's opening words: the fix cannot apply to a text without them. */
export const LIST_OPENER = /including|such\s+as|among\s+them/;

// Yet other retailers - including Harwood, Pellow and Norvel - reported that sales were up. → "other
// retailers": the quote finder's mention is one member of the list; the group named before it made the report.
export const mentionGroupBeforeList: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  if (!m || !quote.cue || quote.cue.start < m.end) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const lead = text.slice(sentence.start, m.start);
  // (the list's opening words, looked for first: the pattern tries every offset of the lead)
  const group = LIST_OPENER.test(lead) ? GROUP_THEN_LIST.exec(lead) : null;
  if (!group?.[1] || group.index === undefined) return null;
  // the list closes before the cue
  if (!/^[^-–—()]*[-–—)]\s*$|^[^,]*,\s*$/.test(text.slice(m.end, quote.cue.start))) return null;
  const start = sentence.start + group.index;
  return {
    mention: span(text, start, start + group[1].length),
    cue: quote.cue,
    rule: 'mention/group-before-list',
  };
};
