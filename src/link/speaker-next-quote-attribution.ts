import type { MentionRule } from './speaker-rule.js';
import { span } from './speaker-trailing-helpers.js';

// what may stand between a quote and the attribution after it: its closing mark, a comma
const TO_TRAILING_MENTION = /^[\s"”’'»,.!?]{1,4}$/;

// “It's a big game. We need to manage it. “If five are picked they should move the date,” he told Radio Nord. —
// a quote left open runs on into the next one (a paragraph of one speech whose mark opens the next): the next
// quote's own attribution, right after it, is the whole speech's.
export const mentionNextQuoteAttribution: MentionRule = ({ quote, text, all }) => {
  if (quote.type !== 'direct' || quote.partial || quote.mention) return null;
  if (!/\/(?:unattributed-quote|continued-paragraph-quote)$/.test(quote.rule)) return null;
  const next = all.find((q) => q.start >= quote.end);
  if (next?.type !== 'direct' || next.partial || !next.mention || !next.cue) return null;
  // left open: nothing but space and the next quote's opening mark between the two
  if (!/^\s*["“«]$/.test(text.slice(quote.end, next.start))) return null;
  // the next quote's own attribution, right after its closing mark
  // ('," he told …', '," said Mr Orlen')
  const from = Math.min(next.mention.start, next.cue.start);
  if (from < next.end || !TO_TRAILING_MENTION.test(text.slice(next.end, from))) return null;
  return {
    mention: span(text, next.mention.start, next.mention.end),
    cue: next.cue,
    rule: 'mention/next-quote-attribution',
  };
};
