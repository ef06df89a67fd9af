import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { span } from './speaker-trailing-helpers.js';

// “We lost,” Ann Tull fumed on Monday. “Nobody listened.” — the second quote goes on from the first, whose
// attribution a mention rule found only after the quote finder ran (so the quote finder could not lend it):
// the first quote's mention and cue, as the quote finder lends an attribution it read itself.
export const mentionPreviousQuoteNext: MentionRule = ({ quote, text, seg, previous }) => {
  if (quote.type !== 'direct' || quote.partial || quote.mention) return null;
  if (!/\/(?:unattributed-quote|continued-paragraph-quote)$/.test(quote.rule)) return null;
  const prev = previous[previous.length - 1];
  if (prev?.type !== 'direct' || !prev.mention || prev.end > quote.start) return null;
  if (prev.mention.start > quote.start) return null;
  // a partial quote lends only an attribution that follows it (Ann's “old news,” said Tull. “…”), not its
  // sentence's subject (Tull called it “old news” in May. “…” may be anyone's)
  if (prev.partial && prev.mention.start < prev.end) return null;
  const here = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!here) return null;
  // next to it: the previous quote ends in this sentence ("A," she said, "B."), or this quote opens its
  // sentence right after the previous one's ("A," she said. "B.")
  const opens = /^[\s"“”'‘’`«»]*$/.test(text.slice(here.start, quote.start));
  const before = seg.sentences[here.index - 1];
  // “A,” Sen. Ann Tull (D-N.Y.) said. “B.” — a segmenter's break inside the party tag: the attribution between
  // the two quotes, in one line and with no other quote, is still next to both
  const between = text
    .slice(prev.end, quote.start)
    .replace(/^["”’'»]+/, '')
    .replace(/["“‘'«]+$/, '');
  // one sentence only: past a party tag and titles ("Sen.", "Rep."), no full stop before the last
  const bare = between.replace(/\([^()]*\)/g, '').replace(/\b\p{Lu}\p{Ll}{0,3}\./gu, '');
  const trailing =
    opens &&
    prev.mention.start >= prev.end &&
    between.length < 160 &&
    !/[\n"“”«»]/.test(between) &&
    !/[.!?]\s+\S/.test(bare.trim());
  if (!(prev.end >= here.start || (opens && before && prev.end >= before.start) || trailing)) return null;
  return {
    mention: span(text, prev.mention.start, prev.mention.end),
    cue: prev.cue,
    rule: 'mention/previous-quote-next',
  };
};
