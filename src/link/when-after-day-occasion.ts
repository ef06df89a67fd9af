import { sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// An occasion named by its day's possessive, the statement told after it: "after Friday's meeting", "following
// yesterday's talks", "ahead of today's session" (before an occasion only of the publication day: "ahead of Sunday's
// meeting" may be days before it).
const AFTER_DAY_OCCASION = /\b(?:(after|following)|(ahead of|before))\s+$/i;
const OCCASION_AFTER =
  /^(?:'s|\u2019s)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:meeting|meetings|talks|session|sessions|vote|debate|summit|hearing|speech|address|briefing|conference|ceremony|rally|match|game|race|announcement|election|decision|ruling|verdict|attack|blast)\b/iu;
const DAY_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|last night)$/i;
const TODAY = /^(?:today|tonight)$/i;

// "At a news conference after Friday's summit, Ada Kell said …", "Kell told reporters after today's vote that …",
// "Kell told the Vell Post ahead of today's session: "…"" — a statement told after (or, on the publication day,
// ahead of) an occasion named by its day takes that day: the day in the cue's sentence before the reported words,
// not in a clause about someone ("Roe, who was calm after Saturday's match, …").
export const whenAfterDayOccasion: WhenRule = {
  name: 'link/when-after-day-occasion',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const published = doc.article.date;
    const cue = quote.cue;
    if (!published || !cue || cue.start > quote.start) return null;
    const text = doc.folded;
    const from = sentenceStartAt(text, Math.min(cue.start, quote.mention?.start ?? cue.start));
    for (const t of timexes) {
      if (t.start < from) continue;
      if (t.start >= quote.start) break;
      if (!DAY_WORD.test(t.text) || !OCCASION_AFTER.test(text.slice(t.end, t.end + 60))) continue;
      const lead = text.slice(from, t.start);
      const m = AFTER_DAY_OCCASION.exec(lead);
      if (!m) continue;
      if (m[2] && !TODAY.test(t.text)) continue;
      // not in a relative clause about someone, nor inside quoted words
      if (
        /\b(?:who|whom|whose|which)\b[^,]*$/i.test(lead) ||
        /["\u201C\u201D]/.test(text.slice(from, quote.start - 1))
      )
        continue;
      const when = toWhen(t);
      if (!when || when > published.slice(0, when.length)) return null;
      // no other date between it and the reported words
      if (timexes.some((x) => x !== t && x.start > t.end && x.start < quote.start && toWhen(x))) return null;
      return { when, timex: t };
    }
    return null;
  },
};
