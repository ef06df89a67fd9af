import { LATER, NEW_OCCASION, OCCASION, outsideQuotes } from './when-occasion-continues.js';
import {
  isSameSource,
  leadSentence,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// Plain cues of words said then: "said", "told a briefing".
const PAST_CUE = /^(?:\w+\s+)?(?:said|told|added|stressed|explained|insisted|noted|declared)\b/i;
// The press occasion the lead's words were told at: "at a news conference", "told a briefing of journalists".
const PRESS_OCCASION =
  /\b(?:news conference|press conference|briefing|told (?:reporters|journalists|newsmen|correspondents))\b/i;
const PRESS_NAMED = /\b(?:a|an|the)\s+(?:news conference|press conference|briefing|news briefing)\b/gi;
const PARAGRAPH_BREAK = /\n\s*\n/g;

// "Chancellor Ann Roe said she welcomed today's cut in rates. ¶ She told a briefing of journalists that "we should
// not rush."" — the occasion named by the lead's own speaker within the two paragraphs after a lead whose words are
// dated (no other source quoted between): the lead was told there, that day. Its later quotes go on from it
// (link/when-occasion-continues).
export const whenLeadThenOccasion: WhenRule = {
  name: 'link/when-lead-then-occasion',
  // (its first checks return null without the lead's quote dated (before[0].when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, allTimexes, before }) {
    const first = before?.[0];
    const cue = quote.cue;
    if (first?.when?.length !== 10 || !first.whenTimex || !cue || !PAST_CUE.test(cue.text)) return null;
    if (!(before ?? []).every((q) => q.when === first.when && isSameSource(q, quote))) return null;
    const text = doc.folded;
    const lead = leadSentence(text);
    if (!lead || first.start < lead[0] || first.start >= lead[1]) return null;
    // (the lead's words told on no occasion of their own: not "In an interview on Friday, Roe said …")
    const leadFrom = sentenceStartAt(text, Math.min(first.start, first.cue?.start ?? first.start));
    if (OCCASION.test(`${text.slice(leadFrom, first.start)} ${text.slice(first.end, lead[1])}`)) return null;
    const at = Math.min(quote.start, cue.start);
    if (at < lead[1] || (text.slice(lead[1], at).match(PARAGRAPH_BREAK)?.length ?? 0) > 2) return null;
    // the quote's sentence names the press occasion, no day and no other occasion
    const from = sentenceStartAt(text, at);
    const to = sentenceEndAfter(text, Math.max(quote.end, cue.end));
    const own = outsideQuotes(`${text.slice(from, quote.start)} ${text.slice(quote.end, to)}`);
    // (the press occasion itself opens none: "a briefing", "a news conference")
    const plain = withoutCausalSince(own.replace(PRESS_NAMED, ' '));
    if (!PRESS_OCCASION.test(own) || NEW_OCCASION.test(plain) || LATER.test(plain)) return null;
    if (timexes.some((u) => u.start >= from && u.start < to && toWhen(u) !== null)) return null;
    const timex = (allTimexes ?? timexes).find((u) => u.id === first.whenTimex);
    return timex ? { when: first.when, timex } : null;
  },
};
