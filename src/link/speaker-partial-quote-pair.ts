import type { MentionRule } from './speaker-rule.js';
import { span } from './speaker-trailing-helpers.js';

// A partial quote right after another, joined by "and" or "or": African-Americans, he said, can “rock like a
// storm” and “sing like a choir.” — one report: the second has the first's speaker.
const JOINED = /^[\s"“”'‘’`]*(?:,\s*)?(?:and|or)[\s"“”'‘’`]*$/u;

export const mentionPartialQuotePair: MentionRule = ({ quote, text, previous }) => {
  if (quote.type !== 'direct' || !quote.partial) return null;
  const prev = previous[previous.length - 1];
  if (!prev?.partial || prev.type !== 'direct' || !prev.mention || prev.end > quote.start) return null;
  if (!JOINED.test(text.slice(prev.end, quote.start))) return null;
  if (quote.mention && quote.mention.start === prev.mention.start) return null;
  return {
    mention: span(text, prev.mention.start, prev.mention.end),
    cue: prev.cue,
    rule: 'mention/partial-quote-pair',
  };
};

// Politifact ruled that Ann Roe's statement about “thousands of new jobs” was true. — the words are the
// possessor's, not the ruling's (not "Ann Roe's comments “show bias”": there the quote is the predicate).
const SPEECH_NOUN_OWNER =
  /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})['’]s?\s+(?:\p{Ll}+\s+)?(?:statement|claim|remark|comment|promise|pledge|description|words|assertion|warning|vow|boast|charge|allegation|prediction|accusation)s?\s+(?:about|that|of|on)\s*["“‘`']+$/u;

export const mentionSpeechNounOwner: MentionRule = ({ quote, text }) => {
  if (quote.type !== 'direct' || !quote.partial) return null;
  const before = text.slice(Math.max(0, quote.start - 120), quote.start);
  const m = SPEECH_NOUN_OWNER.exec(before);
  if (!m?.[1] || m.index === undefined) return null;
  const start = quote.start - before.length + m.index;
  if (quote.mention && quote.mention.start === start) return null;
  return { mention: span(text, start, start + m[1].length), cue: null, rule: 'mention/speech-noun-owner' };
};
