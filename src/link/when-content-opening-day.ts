import { toWhen, type WhenRule } from './when-rule.js';

// Day words that date the verb before them: weekdays, "yesterday", "Monday night", "this morning".
const DAY_RULES = /^dates\/(?:weekday|deictic-day|time-with-day|time-of-day)$/;
// What makes the day the subject of the reported clause ("said Friday would be the last day", "said Friday's vote").
const DAY_AS_SUBJECT =
  /^(?:'s|\u2019s|\s+(?:is|was|will|would|could|should|might|may|has|had|marks|marked|remains|seemed|looks|looked)\b)/i;

// "Mayor Lin Vell said Friday the bridge would reopen." — when the reported clause was read to begin at the day
// word right after the cue, that day is the statement's, not part of what was said.
export const whenContentOpeningDay: WhenRule = {
  name: 'link/when-content-opening-day',
  find({ doc, quote, allTimexes }) {
    const cue = quote.cue;
    if (quote.type !== 'indirect' || !cue || cue.end > quote.start) return null;
    const text = doc.folded;
    if (!/^\s*$/.test(text.slice(cue.end, quote.start))) return null;
    const t = (allTimexes ?? []).find((u) => u.start >= quote.start && u.start < quote.end);
    if (!t || !DAY_RULES.test(t.rule)) return null;
    // Only "on", "late on", "earlier" may stand between the content's start and the day: "said late on Friday the …".
    if (!/^(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/i.test(text.slice(quote.start, t.start)))
      return null;
    if (DAY_AS_SUBJECT.test(text.slice(t.end, t.end + 12))) return null;
    const when = toWhen(t);
    return when ? { when, timex: t } : null;
  },
};
