import { firstStartingAt } from '../quotes/quote-context.js';
import { isHabitualReport } from './habitual-report.js';
import {
  leadDay,
  sentenceEndAfter,
  sentenceStartAt,
  sentenceStartsBefore,
  toWhen,
  type WhenRule,
} from './when-rule.js';

// Plain cues of words spoken then: "said", "told", "added" (not "has said", "would say", "says").
const SAID = /^(?:\w+\s+)?(?:said|told|added|declared|stated|insisted|warned)\b/i;

// The quote's sentence opens another occasion or time: "Roe said earlier", "in an interview last week".
const ANOTHER_TIME =
  /\b(?:earlier|previously|recently|once|formerly|in the past|at the time|back then|ago|since|last (?:week|month|year|time)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned)|before the|tweet(?:ed|s)?|posted|wrote)\b/i;

// The lead's event named as still to come or only threatened: "would issue a subpoena", "plans to subpoena".
const NOT_DONE_BEFORE =
  /\b(?:will|would|could|might|may|plans?|planned|planning|threat\w*|expected|intends?|wants?|wanted|to|if|whether|possible|possibly)\s+(?:\w+\s+){0,2}$/i;

// A past verb of the lead: "subpoenaed", "resigned" (a stem of five letters or more: not "voted", "ruled").
const LEAD_VERB = /\b(\p{Ll}{5,}?)e?d\b/gu;
// Verbs the lead tells of its reporters or sources, not its event: "said", "reported".
const NOT_EVENT = /^(?:sai|report|announc|confirm|accus|claim|quot|describ|call|told|add|stat)/;

// "An anti-Castro lawmaker subpoenaed the boy Friday to testify … (a story of that Friday) ¶ … ¶ In Cuba, the
// boy's father was angry about the subpoena. ¶ "What right does that man have?" the father said …" — in a story
// of its publication day whose lead tells that day's event, a quote that reacts to that event (its own sentence, or
// the one before in its paragraph, names it again) was made after it and by publication: that day.
export const whenReactionSameDay: WhenRule = {
  name: 'link/when-reaction-same-day',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes }) {
    const published = doc.article.date;
    if (published?.length !== 10) return null;
    const cue = quote.cue;
    if (!cue || !SAID.test(cue.text)) return null;
    const text = doc.folded;
    const day = leadDay(text, timexes);
    if (!day || day.when !== published) return null;
    const stem = eventStem(text, day.timex, day.from);
    if (!stem) return null;
    if (isHabitualReport(text, quote)) return null;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    if (at < day.end) return null;
    const end = Math.max(quote.end, cue.end);
    const sentenceStart = sentenceStartAt(text, at);
    const sentenceEnd = sentenceEndAfter(text, end);
    // no time of its own in the quote's sentence (outside the reported words), no other occasion
    const j = firstStartingAt(timexes, sentenceStart);
    const own = timexes[j];
    if (own && own.start < sentenceEnd && toWhen(own) !== null) return null;
    const narration = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    if (ANOTHER_TIME.test(narration)) return null;
    // the lead's event named again: in the quote's sentence, or in the sentence before it (one paragraph break at
    // most: "… was angry about the subpoena. ¶ "…," the father said.")
    const paragraphStart = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', at - 1) - 1) - 1) + 1;
    const starts = sentenceStartsBefore(text, at, 600).filter((s) => s >= paragraphStart);
    // (not the lead's own sentence: its words are no reaction)
    let from = Math.max(starts[1] ?? sentenceStart, day.end);
    // (the sentence before is read only when it holds no time of its own)
    const u = timexes[firstStartingAt(timexes, from)];
    if (u && u.start < sentenceStart && toWhen(u) !== null && toWhen(u) !== published) from = sentenceStart;
    const window = text.slice(from, sentenceEnd);
    for (const m of window.matchAll(new RegExp(`\\b${stem}\\p{Ll}*`, 'giu'))) {
      if (NOT_DONE_BEFORE.test(window.slice(Math.max(0, m.index - 40), m.index))) continue;
      return { when: day.when, timex: day.timex };
    }
    return null;
  },
};

/** The stem of the lead's event verb: the past verb right before or after its day ("subpoenaed him Friday" →
 * "subpoena"), null when none stands within a few words. */
function eventStem(text: string, t: { start: number; end: number }, from: number): string | null {
  const before = text.slice(Math.max(from, t.start - 40), t.start);
  // a lead that reports words ("An official said today Iran had exaggerated …") tells a statement, not an event
  if (/\b(?:said|says|told|announced|reported|stated|declared|according)\b/i.test(before)) return null;
  const after = text.slice(t.end, t.end + 40).split(/[,.;:!?]/)[0] ?? '';
  const verbs = [...before.matchAll(LEAD_VERB)].map((m) => m[1] ?? '').reverse();
  verbs.push(...[...after.matchAll(LEAD_VERB)].map((m) => m[1] ?? ''));
  const stem = verbs[0];
  return stem && stem.length >= 5 && !NOT_EVENT.test(stem) ? stem : null;
}
