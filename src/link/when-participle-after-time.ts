import { firstStartingAt } from '../quotes/quote-context.js';
import {
  isAttributiveYear,
  REPORT_PARTICIPLES,
  sentenceStartAt,
  toWhen,
  type WhenRule,
} from './when-rule.js';

// Participles of report that open a clause after a comma, and of demands and announcements: "…, demanding that …".
const PARTICIPLE = new RegExp(
  `^(?:${[...REPORT_PARTICIPLES, 'demanding', 'declaring', 'announcing', 'urging', 'asserting', 'contending', 'complaining'].join('|')})$`,
  'i',
);
// what may open the time phrase: "last February", "earlier this week", "on Monday", "in March"
const TIME_OPENER = /\b(?:on|in|at|during|earlier|late|early|last|this)\s+$/i;
const RELATIVE = /\b(?:that|which|who|whom|whose)\b/i;
const TIME_OWN_OPENER = /^(?:earlier|last|this|yesterday|on)\b/i;

/** "Moscow halted its test moratorium last February, saying Washington had forced it": a participle report whose
 * clause opens right after the time phrase that closes its main clause (whatever the main verb) was made then,
 * as was one coordinated with it ("…, demanding that X and saying Y"). Only a month or a day dates it: a quarter
 * or a year ("reported a loss in the third quarter, saying …") tells the event's period, not the words'. */
export const whenParticipleAfterTime: WhenRule = {
  name: 'link/when-participle-after-time',
  // (its first checks return null without a visible time in the cue's sentence before it)
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || !PARTICIPLE.test(cue.text) || quote.start < cue.end) return null;
    const text = doc.folded;
    const from = sentenceStartAt(text, cue.start);
    // the comma before the participle, or before the first of a chain: ", demanding that X and saying Y"
    let comma = /,\s*$/.test(text.slice(Math.max(from, cue.start - 3), cue.start))
      ? text.lastIndexOf(',', cue.start)
      : -1;
    if (comma < 0) {
      if (!/\band\s+$/i.test(text.slice(Math.max(from, cue.start - 6), cue.start))) return null;
      const first = /,\s*(\w+ing)\b[^,;:"\u201C\u201D]*$/.exec(text.slice(from, cue.start));
      if (!first || !PARTICIPLE.test(first[1] ?? '')) return null;
      comma = from + first.index;
    }
    const closing = from + text.slice(from, comma).trimEnd().length;
    // the time phrase that ends the main clause, right before the comma
    const i = firstStartingAt(timexes, closing) - 1;
    const t = timexes[i];
    if (!t || t.end !== closing || t.start < from) return null;
    const when = toWhen(t);
    if (!when || when.length < 7) return null;
    if (isAttributiveYear(text, t)) return null;
    // (not a time closing a relative clause: "attacked a plan that the council backed on Friday, saying …")
    if (RELATIVE.test(text.slice(from, t.start))) return null;
    if (!TIME_OPENER.test(text.slice(Math.max(from, t.start - 12), t.start)) && !TIME_OWN_OPENER.test(t.text))
      return null;
    return { when, timex: t };
  },
};
