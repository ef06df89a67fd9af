import { toWhen, type WhenRule } from './when-rule.js';

// "was quoted Friday by local media as saying", "were quoted by the Tarn Herald on Monday as saying": the day
// between "quoted" and "as saying" is the day the words were reported (the subject may hold a relative clause:
// "A senior official who saw the letters was quoted Friday …").
const QUOTED = /\bquoted\b/gi;
// between "quoted" and the day, and between the day and "as": hearers or the outlet, no clause break
const TO_DAY = /^\s+(?:(?:by\s+)?(?:[\p{L}.'&-]+\s+){0,5}?)?(?:on\s+)?$/u;
const DAY_TO_AS = /^\s+(?:(?:by|in)\s+(?:[\p{L}.'&-]+\s+){1,5}?)?as\s+$/u;
const DAY_RULES = /^dates\/(?:weekday|deictic-day|month-day|day-month|time-with-day)$/;

export const whenQuotedAsSaying: WhenRule = {
  name: 'link/when-quoted-as-saying',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || !/^saying$/i.test(cue.text.trim())) return null;
    const text = doc.folded;
    const from = Math.max(0, cue.start - 120);
    const before = text.slice(from, cue.start);
    let quoted: RegExpExecArray | null = null;
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(before); m; m = QUOTED.exec(before)) quoted = m;
    if (!quoted) return null;
    const quotedEnd = from + quoted.index + quoted[0].length;
    for (const t of timexes) {
      if (t.start < quotedEnd) continue;
      if (t.end > cue.start) break;
      if (!DAY_RULES.test(t.rule)) return null;
      if (!TO_DAY.test(text.slice(quotedEnd, t.start)) || !DAY_TO_AS.test(text.slice(t.end, cue.start)))
        return null;
      const when = toWhen(t);
      return when ? { when, timex: t } : null;
    }
    return null;
  },
};
