import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

// "The bill was drafted by Ann Tull, who said: “…”", "The plan was backed by Mr Brandt who said, “…”": a
// relative "who said" ("who believes": "It is a view shared by Ann Tull, who believes “…”") right before the quote reports its antecedent, the name before "who" (an appositive may
// stand between), not the sentence's subject
const WHO_VERB = String.raw`who\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|told\s+[^,;:.!?"“”\s]+(?:\s+[^,;:.!?"“”\s]+)?|stated|declared|remarked|explained|commented|wrote|tweeted|posted|insisted|warned|believes|believed|thinks|reckons|argues|argued|claims|claimed|maintains|admits|admitted)`;
const WHO_SAID = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|bin|al))*)(,\s[^,;:.!?"“”]{1,90},|,)?\s+${WHO_VERB}(?:\s[^,;:.!?"“”]{0,40})?[,:]?\s*$`,
  'u',
);
/** What the fix cannot apply without, anywhere in the text: "who" and the verb after it. */
export const RELATIVE_WHO_SAID_NEEDS = new RegExp(String.raw`\s${WHO_VERB}`, 'u');

export const mentionRelativeWhoSaid: MentionRule = ({ quote, text, seg }) => {
  if (quote.type !== 'direct') return null;
  const open = quote.start - 1;
  if (!/["“‘'«]/.test(text.charAt(open))) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, open)];
  const from = Math.max(sentence?.start ?? 0, open - 250);
  const before = text.slice(from, open);
  const found = WHO_SAID.exec(before);
  if (!found?.[1]) return null;
  // "Ann Tull" (not "Ann Tull", a stray capitalised word of the sentence before it: the run starts a word)
  const start = from + found.index;
  if (start > 0 && /[\p{L}\p{M}]/u.test(text.charAt(start - 1))) return null;
  const mention = { start, end: start + found[1].length, text: found[1] };
  if (quote.mention && quote.mention.start === mention.start && quote.mention.end === mention.end)
    return null;
  // the cue: the verb after "who" (and its adverb)
  const verb = /\swho\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(found[0].slice(found[1].length));
  const cueStart = verb?.[1] ? start + found[1].length + verb.index + verb[0].length - verb[1].length : -1;
  const cue = verb?.[1] ? { start: cueStart, end: cueStart + verb[1].length, text: verb[1] } : quote.cue;
  return { mention, cue, rule: 'mention/relative-who-said' };
};
