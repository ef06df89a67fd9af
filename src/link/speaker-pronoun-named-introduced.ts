import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "… a 52-year-old Lorne resident named Carla.", "a man called Tom Vell": a person introduced by name at the
// sentence's end
const NAMED_AT_END =
  /\b(?:named|called)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*[.!]?\s*$/u;
const FEMALE = /\b(?:woman|girl|herself|her|mother|wife|daughter|sister|widow|grandmother)\b/i;
const MALE = /\b(?:man|boy|himself|his|him|father|husband|son|brother|widower|grandfather)\b/i;

// 'The woman who started it all identified herself as a Lorne resident named Carla. ¶ "…," she said.' → Carla:
// a "he"/"she" right after the sentence that introduces a person by name, the sentence's own words (or the first
// name) of the pronoun's gender
export const speakerPronounNamedIntroduced: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !/^(?:he|she)$/i.test(m.text)) return null;
  const she = /^she$/i.test(m.text);
  // the sentence before the one the quote opens (or the pronoun's own, when the quote comes first)
  const k = rangeIndexHolding(seg.sentences, Math.min(quote.start, m.start));
  const before = seg.sentences[k - 1];
  if (!before) return null;
  const sentence = text.slice(before.start, before.end);
  const named = NAMED_AT_END.exec(sentence)?.[1];
  if (!named) return null;
  const first = genderOfFirstName(named.split(/\s+/)[0] ?? '');
  const fits = first
    ? first === (she ? 'female' : 'male')
    : (she ? FEMALE : MALE).test(sentence) && !(she ? MALE : FEMALE).test(sentence);
  if (!fits) return null;
  return { speaker: fullestName(names, named) ?? named, rule: 'speaker/pronoun-named-introduced' };
};
