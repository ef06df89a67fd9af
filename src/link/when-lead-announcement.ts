import { addDays, formatDay, parseDay } from '../dates/calendar.js';
import type { Quote, TimeExpression } from '../types.js';
import {
  INDEFINITE,
  isSameSource,
  STORY_WINDOW_DAYS,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenFound,
  type WhenRule,
} from './when-rule.js';

// Cues of the announcing statement itself: "said", "announced", "disclosed".
const ANNOUNCING_CUE = /^(?:\w+\s+)?(?:said|says|announced|disclosed|reported|stated)\b/i;
// Cues that go on with it: "the directors added".
const GOING_ON_CUE = /^(?:\w+\s+)?(?:said|says|added|adds|announced|disclosed|stated)\b/i;

// A day's announcement named later, owned by no one else: "yesterday's announcement", "Monday's statement"
// (not "Monday's statement by the union", nor one still to come: "Friday's announcement is expected").
const ANNOUNCEMENT_AFTER_DAY =
  /^['\u2019]s\s+(?:surprise\s+|unexpected\s+)?(?:announcement|statement|disclosure)s?\b(?!\s+(?:by|from)\b)(?!\s+(?:is|will|would)\b)/i;

// The lead quote's own sentence opens another time: "X has long said …", "X said last year …".
const ANOTHER_TIME =
  /\b(?:earlier|previously|recently|once|formerly|in the past|ago|since|last (?:week|month|year)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|announced|stated|reported))\b/i;

// "Kestrel Bank directors said the chairman is weighing a bid for the firm. … Shares fell after yesterday's
// announcement." — the article's first quote, in its lead, an announcement the text dates later by its day alone:
// the only day's announcement the article names is the statement it leads with. (Its source's further quotes go on
// from it by the rules of one statement.)
export const whenLeadAnnouncement: WhenRule = {
  name: 'link/when-lead-announcement',
  find({ doc, quote, timexes, before }) {
    const first = (before ?? [])[0];
    // a further quote of the lead's source, before the announcement is named and before any other date
    if (first) return goesOnFromLead(doc.folded, quote, first, timexes);
    const cue = quote.cue;
    if (!cue || !ANNOUNCING_CUE.test(cue.text)) return null;
    if (!quote.speaker || INDEFINITE.test(quote.speaker)) return null;
    const published = doc.article.date;
    const pub = parseDay(published);
    if (!published || !pub || published.length !== 10) return null;
    const text = doc.folded;
    // in the lead: at most a headline line before the quote's paragraph
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    const sentenceStart = sentenceStartAt(text, at);
    if (
      text
        .slice(0, sentenceStart)
        .trim()
        .split(/\n+/)
        .filter((l) => l.trim()).length > 1
    )
      return null;
    // its own sentence gives no time of its own (those are for the rules that read it)
    const end = Math.max(quote.end, cue.end);
    const sentenceEnd = sentenceEndAfter(text, end);
    if (timexes.some((t) => t.start >= sentenceStart && t.start < sentenceEnd && toWhen(t) !== null))
      return null;
    const own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    if (ANOTHER_TIME.test(own)) return null;
    // the day's announcements named after it: one day only, of the story's week, not after publication
    const earliest = formatDay(addDays(pub, -STORY_WINDOW_DAYS));
    let found: TimeExpression | null = null;
    for (const t of timexes) {
      if (t.start < sentenceEnd || !ANNOUNCEMENT_AFTER_DAY.test(text.slice(t.end, t.end + 60))) continue;
      const w = toWhen(t);
      if (w?.length !== 10 || !w || w > published || w < earliest) return null;
      if (found && toWhen(found) !== w) return null;
      found ??= t;
    }
    const when = found ? toWhen(found) : null;
    return found && when ? { when, timex: found } : null;
  },
};

/** "Kestrel Bank directors said … ¶ The directors added that …": a quote of the lead's source, dated by this rule,
 * with no date between them and none in its own sentence, before the announcement is named. */
function goesOnFromLead(
  text: string,
  quote: Quote,
  first: Quote,
  timexes: readonly TimeExpression[],
): WhenFound | null {
  if (first.whenRule !== 'link/when-lead-announcement' || !first.when || !isSameSource(first, quote))
    return null;
  const cue = quote.cue;
  if (!cue || !GOING_ON_CUE.test(cue.text)) return null;
  const announced = timexes.find((t) => t.id === first.whenTimex);
  if (!announced) return null;
  const end = Math.max(quote.end, cue.end);
  const sentenceEnd = sentenceEndAfter(text, end);
  if (sentenceEnd > announced.start) return null;
  const from = Math.max(first.end, first.cue?.end ?? first.end);
  if (timexes.some((t) => t.start >= from && t.start < sentenceEnd && toWhen(t) !== null)) return null;
  const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
  const sentenceStart = sentenceStartAt(text, at);
  const own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
  if (ANOTHER_TIME.test(own)) return null;
  return { when: first.when, timex: announced };
}
