import { sentenceStartsBefore, toWhen, type WhenRule, withoutAbbreviations } from './when-rule.js';

// The quote's sentence places its speaker at an occasion: "told delegates", "told mourners", "at the opening".
const AT_OCCASION =
  /\b(?:told|addressing|addressed)\s+(?:the\s+)?(?:delegates|mourners|the crowd|crowds|supporters|the audience|marchers|protesters|the summit|the conference|the congress|the convention|the rally|the gathering|the ceremony)\b|\b(?:at|during|after|before)\s+the\s+(?:[\w-]+\s+)?(?:opening|ceremony|funeral|memorial|vigil|summit|conference|congress|convention|rally|march|protest|festival|concert|launch|gathering|unveiling|inauguration|service)\b/i;
// A sentence that tells a dated occasion: "Leaders met in Dunmore on Monday", "the funeral … on Monday".
const OCCASION_TOLD =
  /\b(?:summit|conference|congress|convention|met|meeting|talks|funeral|memorial|vigil|burial|rally|march|marched|protest|festival|ceremony|opened|opening|concert|launch|launched|unveiled|inaugurated|attended|gathered)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|planned|next)\b/i;
// How far back the occasion may be told, in sentences.
const SENTENCES_BACK = 4;

// "Leaders of ten states met in Dunmore on Monday for a summit. … "We must act," Premier Vell told delegates." — a
// quote its sentence places at an occasion takes the date of the nearest earlier sentence telling a dated
// occasion, when no other date comes between.
export const whenEventEarlier: WhenRule = {
  name: 'link/when-event-earlier',
  find({ doc, quote, timexes, allTimexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    const anchor = Math.min(quote.start, cue.start);
    const upTo = Math.max(quote.end, cue.end);
    const from = Math.max(0, anchor - 1500);
    // no dated expression before the quote in reach: nothing to borrow (most quotes; saves the sentence scan)
    if (!timexes.some((t) => t.start >= from && t.start < upTo && toWhen(t) !== null)) return null;
    const starts = sentenceStartsBefore(text, anchor, 1500);
    // the quote's own sentence, to its end, outside the reported words
    const ownStart = starts[0] ?? anchor;
    const ownEnd = text.slice(upTo).search(/[.!?](?:["'\u201D\u2019]?\s|$)|\n/);
    const own = text.slice(ownStart, ownEnd < 0 ? text.length : upTo + ownEnd + 1);
    const outside = `${own.slice(0, Math.max(0, quote.start - ownStart))} ${own.slice(Math.max(0, quote.end - ownStart))}`;
    if (!AT_OCCASION.test(withoutAbbreviations(outside))) return null;
    const all = allTimexes ?? timexes;
    for (let i = 1; i <= SENTENCES_BACK && i < starts.length; i++) {
      const sStart = starts[i] ?? 0;
      const sEnd = starts[i - 1] ?? anchor;
      // any date after this sentence, up to the quote's end (inside reported words too), moved the story on
      if (all.some((u) => u.start >= sEnd && u.start < upTo && toWhen(u) !== null)) return null;
      const inSentence = timexes.filter((t) => t.start >= sStart && t.end <= sEnd && toWhen(t) !== null);
      const t = inSentence[0];
      const when = t ? toWhen(t) : null;
      if (!t || !when) continue;
      const sentence = text.slice(sStart, sEnd);
      if (inSentence.length !== 1 || when.length !== 10) return null;
      if (!OCCASION_TOLD.test(sentence) || NOT_HELD.test(sentence) || /["\u201C\u201D]/.test(sentence))
        return null;
      return { when, timex: t };
    }
    return null;
  },
};
