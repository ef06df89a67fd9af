import { asWholeWord, cachedRegExp } from './speaker-names.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

const TIME_WORDS =
  /^(?:week|weekend|month|year|day|morning|afternoon|evening|night|time|quarter|season|spring|summer|autumn|fall|winter|decade|century|period|session)$/;

const GENERIC = /^(?:person|man|woman|individual|one)$/;

// "One of the children said, "…". However, this person also said that …" → the source just quoted.
export const speakerDemonstrative: SpeakerRule = ({ quote, previous, seg }) => {
  const m = quote.mention?.text;
  const d = m ? /^[Tt]h(?:is|at)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(m) : null;
  // "this week", "that year": a time, not a source
  if (!d?.[1] || TIME_WORDS.test(d[1])) return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker) return null;
  // "this person" is whoever just spoke; "this banker" only the banker just quoted ("a banker involved in …")
  if (!GENERIC.test(d[1]) && !cachedRegExp(asWholeWord(d[1]), 'iu').test(prev.speaker)) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 1) return null;
  return { speaker: prev.speaker, rule: 'speaker/demonstrative-previous-speaker' };
};
