import { asWholeWord, cachedRegExp } from './speaker-names.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

const TIME_WORDS =
  /^(?:week|weekend|month|year|day|morning|afternoon|evening|night|time|quarter|season|spring|summer|autumn|fall|winter|decade|century|period|session)$/;

const GENERIC = /^(?:person|man|woman|individual|one)$/;

// "One of the children said, "…". However, this person also said that …" → the source just quoted.
// "…, federal officials have said. … In addition, a tape shows the car, these officials said." → the officials.
export const speakerDemonstrative: SpeakerRule = ({ quote, previous, seg }) => {
  const m = quote.mention?.text;
  // (or plural: "…, federal officials said. … these officials said" → the officials just quoted)
  const d = m ? /^[Tt]h(?:is|at|ese|ose)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(m) : null;
  // "this week", "that year", "these days": a time, not a source
  if (!d?.[1] || TIME_WORDS.test(d[1].replace(/s$/, ''))) return null;
  // ("these people" is no generic one person: only a speaker holding the word)
  if (/^[Tt]h(?:ese|ose)\s/.test(m ?? '') && GENERIC.test(d[1])) return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker) return null;
  // "this person" is whoever just spoke; "this banker" only the banker just quoted ("a banker involved in …")
  if (!GENERIC.test(d[1]) && !cachedRegExp(asWholeWord(d[1]), 'iu').test(prev.speaker)) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 1) return null;
  return { speaker: prev.speaker, rule: 'speaker/demonstrative-previous-speaker' };
};
