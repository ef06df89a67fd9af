import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote } from '../types.js';
import { cachedRegExp, escapeRegExp } from './speaker-names.js';
import { ANCHOR_RULES, LATER, NEW_OCCASION, outsideQuotes } from './when-occasion-continues.js';
import {
  isSameSource,
  namedSurname,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// Turns of a conversation: "Borger asked", "the host said", "Lee replied".
const TURN_CUE =
  /^(?:\w+\s+)?(?:said|asked|added|replied|responded|answered|pressed|interjected|countered|continued|quipped|joked|noted|stated|followed up|shot back|asks|says)\b/i;

// A conversation with someone: an interview, a broadcast, a show.
const CONVERSATION =
  /\b(?:interview(?:ed)?|broadcast|show|programme|program|podcast|episode|town hall|appearance|asked by|host|anchor|moderator)\b/i;

// How far after the conversation's last dated quote a turn may come.
const MAX_GAP = 1500;

// "'…,' Ann Roe said in an interview with Radio Vell's Ola Brisk aired Monday. ¶ "Is that so?" Brisk asked." —
// the other party named in the sentence of a dated interview or broadcast, taking a turn in it with nothing between
// but its dated quotes, speaks on its day (the speaker's later answers go on by link/when-occasion-continues).
export const whenInterlocutorTurn: WhenRule = {
  name: 'link/when-interlocutor-turn',
  // (its first checks return null without the anchor's date, every quote back to it dated (q.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before }) {
    const cue = quote.cue;
    if (!cue || !TURN_CUE.test(cue.text)) return null;
    const surname = namedSurname(quote);
    if (!surname) return null;
    const text = doc.folded;
    const earlier = before ?? [];
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    // back over the conversation's dated quotes to its anchor
    let anchor: Quote | null = null;
    let last: Quote | null = null;
    for (let i = earlier.length - 1; i >= 0; i--) {
      const q = earlier[i];
      if (!q?.when || (last && q.when !== last.when)) return null;
      last ??= q;
      if (!isSameSource(q, quote) && q.whenRule && ANCHOR_RULES.has(q.whenRule)) {
        anchor = q;
        break;
      }
    }
    if (!anchor || !last) return null;
    const timex = timexes.find((t) => t.id === anchor.whenTimex);
    if (!timex || toWhen(timex)?.length !== 10) return null;
    // the anchor's sentence, its reported words left out, names a conversation and this speaker in it
    const from = Math.min(anchor.start, anchor.cue?.start ?? anchor.start, timex.start);
    const to = Math.max(anchor.end, anchor.cue?.end ?? anchor.end, timex.end);
    const sentenceFrom = sentenceStartAt(text, from);
    // (from the anchor's last character: its words may end with the sentence's stop)
    const sentenceTo = sentenceEndAfter(text, Math.max(from, to - 1));
    const narration = `${text.slice(sentenceFrom, anchor.start)} ${text.slice(anchor.end, sentenceTo)}`;
    if (!CONVERSATION.test(narration) || !cachedRegExp(`\\b${escapeRegExp(surname)}\\b`).test(narration))
      return null;
    // near the conversation's last quote, with no other occasion or time told since
    // (from the end of its sentence: the occasion told there is the conversation's own)
    const lastEnd = sentenceEndAfter(
      text,
      Math.max(last.end, last.cue && last.cue.end <= at ? last.cue.end : last.end, anchor === last ? to : 0) -
        1,
    );
    if (at - lastEnd > MAX_GAP) return null;
    const end = Math.max(quote.end, cue.end);
    const ownEnd = sentenceEndAfter(text, end);
    const between = `${text.slice(lastEnd, quote.start)} ${text.slice(quote.end, ownEnd)}`;
    const plain = withoutCausalSince(outsideQuotes(between));
    if (NEW_OCCASION.test(plain) || LATER.test(plain)) return null;
    for (let i = firstStartingAt(timexes, lastEnd); i < timexes.length; i++) {
      const t = timexes[i];
      if (!t || t.start >= ownEnd) break;
      if (t.start >= quote.start && t.end <= quote.end) continue;
      const w = toWhen(t);
      if (w && w !== anchor.when) return null;
    }
    return { when: anchor.when as string, timex };
  },
};
