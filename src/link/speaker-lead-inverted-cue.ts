import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { leadBeforeMark, span, tokenAfter } from './speaker-trailing-helpers.js';

const LEAD_CUE =
  /^(?:Commented|Added|Said|Says|Wrote|Replied|Answered|Explained|Noted|Warned|Countered|Recalled|Observed|Quipped)\s+/;

// Commented another diplomat: “The port was spared.” / Added Ann Tull, a trader: “…” — a cue verb opens the
// quote's sentence, its subject after it, then a colon (or comma) and the quote.
export const mentionLeadInvertedCue: MentionRule = ({ quote, text, seg }) => {
  const before = leadBeforeMark(text, seg, quote);
  if (!before) return null;
  const { markAt, sentence, lead } = before;
  const m = LEAD_CUE.exec(lead);
  if (!m) return null;
  const ctx = textContext(text, seg);
  const at = sentence.start + m[0].length;
  const np = mentionAfter(ctx, tokenAfter(ctx, at), markAt);
  if (!np || np.start !== at) return null;
  // the subject, perhaps with an appositive, then the colon
  if (!/^(?:,[^,“”"]{1,100})?\s*[:,]\s*$/.test(text.slice(np.end, markAt))) return null;
  const cueText = m[0].trim();
  return {
    mention: np,
    cue: span(text, sentence.start, sentence.start + cueText.length),
    rule: 'mention/lead-inverted-cue',
  };
};
