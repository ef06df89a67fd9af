import type { MentionRule } from './speaker-rule.js';

// the head nouns a source phrase after "according to" ends in ("exit polling", "preliminary figures")
const SOURCE_HEAD =
  /^(?:polling|polls?|data|figures|numbers|surveys?|reports?|results|estimates|projections|records|documents|studies|study|statistics|findings)$/;
// a participle that opens what is said of the source, no part of its name ("exit polling released on Tuesday")
const PARTICIPLE = /^\p{Ll}+ed$/u;

/**
 * "…, according to preliminary exit polling reported by Zeta News" — the quote finder's mention "preliminary
 * exit" (the head "polling" read as a verb) takes its head noun; "according to exit polling released on Tuesday" —
 * its "exit polling released" leaves the participle after the head out.
 */
export const mentionAccordingToHead: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || !quote.cue || !/^according to$/i.test(quote.cue.text)) return null;
  if (!/^\s+$/.test(text.slice(quote.cue.end, m.start))) return null;
  // (a name's own words: "the Zeta polling average" stands for Zeta, left to the rules for documents)
  if (/\s\p{Lu}/u.test(m.text)) return null;
  const words = m.text.split(/\s+/);
  const last = words.at(-1) ?? '';
  // the head cut off: the next word, right after a space, is a source noun
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 30))?.[1];
  // (the head ends the phrase: "polling reported by", "polling.", not "polling average")
  const then = next ? /^ \p{Ll}+ ?(\p{Ll}*)/u.exec(text.slice(m.end, m.end + 40))?.[1] : undefined;
  const ends = !then || /^(?:by|from|of|in|on|at|for|that|which|\p{Ll}+ed)$/u.test(then);
  if (next && SOURCE_HEAD.test(next) && !SOURCE_HEAD.test(last) && ends) {
    const end = m.end + 1 + next.length;
    return {
      mention: { start: m.start, end, text: text.slice(m.start, end) },
      cue: quote.cue,
      rule: 'mention/according-to-head',
    };
  }
  // a participle after the head: "exit polling released"
  const head = words.at(-2) ?? '';
  if (words.length >= 2 && PARTICIPLE.test(last) && SOURCE_HEAD.test(head)) {
    const end = m.end - last.length - 1;
    return {
      mention: { start: m.start, end, text: text.slice(m.start, end) },
      cue: quote.cue,
      rule: 'mention/according-to-head',
    };
  }
  return null;
};
