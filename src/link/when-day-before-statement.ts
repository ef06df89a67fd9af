import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import { sentenceStartAt, toWhen, type WhenRule } from './when-rule.js';

// "the day before", "the previous day", "two days earlier" (not "that day", "a year earlier")
const DAY_COUNT =
  /^(?:the\s+(?:previous|prior|next|following)\s+day|the\s+day\s+(?:before|after)|(?:a|one|two|three)\s+days?\s+(?:earlier|later))$/i;

// "Roe said at a rally on Monday …. On Radio Vell the day before, she said …" — a day counted from a day the text
// gave ("the day before", "the previous day", "two days earlier"), where that day is the date of a statement told
// earlier: counted from the statement's date (the day the text dated it to, which may differ from the day name's
// first reading, "Monday" read as the coming one).
export const whenDayBeforeStatement: WhenRule = {
  name: 'link/when-day-before-statement',
  find({ doc, quote, timexes, dated, allTimexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start);
    const from = sentenceStartAt(text, at);
    // the counted day in the quote's own sentence, before the quote and its cue, the last time there
    const inSentence = timexes.filter((t) => t.start >= from && t.end <= at);
    const t = inSentence.at(-1);
    if (t?.rule !== 'dates/anaphoric' || !DAY_COUNT.test(t.text)) return null;
    if (/["\u201C\u201D]/.test(text.slice(from, t.start))) return null;
    const counted = parseDay(toWhen(t));
    // the day it counts from: the last day-level date before it
    const all = allTimexes ?? timexes;
    const anchor = all.filter((u) => u.end <= t.start && u !== t && (toWhen(u)?.length ?? 0) === 10).at(-1);
    const anchorDay = parseDay(anchor ? toWhen(anchor) : null);
    if (!anchor || !counted || !anchorDay) return null;
    // … which dated a statement told earlier
    const statement = dated.filter((q) => q.whenTimex === anchor.id && q.when?.length === 10).at(-1);
    const statementDay = parseDay(statement?.when);
    if (!statementDay) return null;
    const shift = Math.round(
      (Date.UTC(counted.y, counted.m - 1, counted.d) - Date.UTC(anchorDay.y, anchorDay.m - 1, anchorDay.d)) /
        86_400_000,
    );
    if (shift === 0 || Math.abs(shift) > 3) return null;
    return { when: formatDay(addDays(statementDay, shift)), timex: t };
  },
};
