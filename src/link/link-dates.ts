import { formatDay, parseDay, resolveWeekday, weekday } from '../dates/calendar.js';
import type { Document } from '../normalize/normalize-article.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import { quoteWith } from '../quotes/quote-with.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Quote, Span, TimeExpression } from '../types.js';
import { isSpaceAt } from './speaker-names.js';
import { whenActorToday } from './when-actor-today.js';
import { whenAddedByAnother } from './when-added-by-another.js';
import { whenAddedToDated } from './when-added-to-dated.js';
import { whenAfterDayOccasion } from './when-after-day-occasion.js';
import { whenAnswerAsked } from './when-answer-asked.js';
import { whenAskedThenSaid } from './when-asked-then-said.js';
import { whenCommentatorReaction } from './when-commentator-reaction.js';
import { whenContentClosingVehicle } from './when-content-closing-vehicle.js';
import { whenContentOpeningDay } from './when-content-opening-day.js';
import { whenCueGoverned } from './when-cue-governed.js';
import { whenDatedVehicle } from './when-dated-vehicle.js';
import { whenDatedVisit } from './when-dated-visit.js';
import { whenDayBeforeStatement } from './when-day-before-statement.js';
import { whenDayThenSpeech } from './when-day-then-speech.js';
import { whenDayWhenSpeech } from './when-day-when-speech.js';
import { whenEventEarlier } from './when-event-earlier.js';
import { whenEventTie } from './when-event-tie.js';
import { whenGroupSpokesman } from './when-group-spokesman.js';
import { whenHearerReplies } from './when-hearer-replies.js';
import { whenImmediateReply } from './when-immediate-reply.js';
import { whenInterlocutorTurn } from './when-interlocutor-turn.js';
import { whenLaterSameStatement } from './when-later-same-statement.js';
import { whenLeadAnnouncement } from './when-lead-announcement.js';
import { whenLeadAttended } from './when-lead-attended.js';
import { whenLeadEvent } from './when-lead-event.js';
import { whenLeadGathering } from './when-lead-gathering.js';
import { whenLeadHearing } from './when-lead-hearing.js';
import { whenLeadNextDay } from './when-lead-next-day.js';
import { whenLeadObjectAct } from './when-lead-object-act.js';
import { whenLeadOccasion } from './when-lead-occasion.js';
import { whenLeadStatement } from './when-lead-statement.js';
import { whenLeadThenOccasion } from './when-lead-then-occasion.js';
import { whenNarratedSpeech } from './when-narrated-speech.js';
import { whenOccasion } from './when-occasion.js';
import { whenOccasionContinues } from './when-occasion-continues.js';
import { whenOccasionReferent } from './when-occasion-referent.js';
import { whenOccasionResumes } from './when-occasion-resumes.js';
import { whenParagraphGathering } from './when-paragraph-gathering.js';
import { whenParticipleAfterTime } from './when-participle-after-time.js';
import { whenParticipleReport } from './when-participle-report.js';
import { whenQuotedAsSaying } from './when-quoted-as-saying.js';
import { whenReactionSameDay } from './when-reaction-same-day.js';
import { whenReleasedDocument } from './when-released-document.js';
import { whenRemarksDatedAfter } from './when-remarks-dated-after.js';
import { whenRemarksMadeBy } from './when-remarks-made-by.js';
import { whenReportsToday } from './when-reports-today.js';
import { isInName, leadDay, type WhenRule } from './when-rule.js';
import { whenSaidThen } from './when-said-then.js';
import { whenSameStatement } from './when-same-statement.js';
import { whenSceneEarlier } from './when-scene-earlier.js';
import { whenScenePronoun } from './when-scene-pronoun.js';
import { whenSentenceDay } from './when-sentence-day.js';
import { whenSentenceOpener } from './when-sentence-opener.js';
import { whenSpeakerDay } from './when-speaker-day.js';
import { whenSpeakingParticiple } from './when-speaking-participle.js';
import { whenSpeechThenDay } from './when-speech-then-day.js';
import { whenSpokesmanGoesOn } from './when-spokesman-goes-on.js';
import { whenStatementOfAnnouncement } from './when-statement-of-announcement.js';
import { whenStatementReferent } from './when-statement-referent.js';
import { whenStoryDay } from './when-story-day.js';
import { whenTrailingOccasion } from './when-trailing-occasion.js';
import { whenVehicleBefore } from './when-vehicle-before.js';
import { whenVictorySpeech } from './when-victory-speech.js';

/** In order: the first rule that dates a quote wins. */
export const WHEN_RULES: WhenRule[] = [
  whenCueGoverned,
  whenQuotedAsSaying,
  whenDayBeforeStatement,
  whenSaidThen,
  whenContentOpeningDay,
  whenContentClosingVehicle,
  whenOccasion,
  whenDatedVehicle,
  whenStatementReferent,
  whenSentenceOpener,
  whenParticipleReport,
  whenParticipleAfterTime,
  whenSpeakingParticiple,
  whenTrailingOccasion,
  whenSentenceDay,
  whenReportsToday,
  whenActorToday,
  whenRemarksDatedAfter,
  whenImmediateReply,
  whenAnswerAsked,
  whenAskedThenSaid,
  whenAfterDayOccasion,
  whenSameStatement,
  whenAddedToDated,
  whenAddedByAnother,
  whenSpokesmanGoesOn,
  whenGroupSpokesman,
  whenLeadThenOccasion,
  whenOccasionContinues,
  whenInterlocutorTurn,
  whenHearerReplies,
  whenStatementOfAnnouncement,
  whenNarratedSpeech,
  whenDayWhenSpeech,
  whenSpeechThenDay,
  whenDayThenSpeech,
  whenVehicleBefore,
  whenReleasedDocument,
  whenRemarksMadeBy,
  whenOccasionReferent,
  whenDatedVisit,
  whenParagraphGathering,
  whenLeadEvent,
  whenLeadHearing,
  whenLeadGathering,
  whenLeadOccasion,
  whenLeadStatement,
  whenLeadObjectAct,
  whenVictorySpeech,
  whenLeadNextDay,
  whenLeadAttended,
  whenEventEarlier,
  whenSceneEarlier,
  whenScenePronoun,
  whenLeadAnnouncement,
  whenSpeakerDay,
  whenOccasionResumes,
  whenStoryDay,
  whenReactionSameDay,
  whenCommentatorReaction,
  whenEventTie,
];

/**
 * Gives each quote the date of its statement when the text says it: the time expression its cue governs, the
 * dated occasion it belongs to, or an earlier dated statement it refers back to. Never the publication date by
 * default; a date inside the reported words is not the statement's date.
 */
export function linkDates(
  doc: Document,
  _seg: Segmentation,
  quotes: Quote[],
  timexes: TimeExpression[],
): Quote[] {
  if (quotes.length === 0) return [];
  const sorted = [...timexes].filter((t) => !isInName(doc.folded, t)).sort((a, b) => a.start - b.start);
  // Dates inside reported words are not statement dates — except for a quote nested in those words
  // ("The book claims X hosted a dinner in November 2003 where Y told Z he would go").
  // the quotes over each time expression, found once (asked per quote, it was quadratic in a long article)
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  // the largest end among the quotes starting at or before each one: a backward scan stops where it drops
  const maxEnd: number[] = [];
  for (const q of byStart) maxEnd.push(Math.max(maxEnd.at(-1) ?? -1, q.end));
  const position = new Map(quotes.map((q, i) => [q, i]));
  const over = new Map<TimeExpression, Quote[]>();
  for (const t of sorted) {
    const inside: Quote[] = [];
    for (let j = firstStartingAt(byStart, t.end) - 1; j >= 0 && (maxEnd[j] ?? -1) > t.start; j--) {
      const q = byStart[j];
      if (q && q.end > t.start) inside.push(q);
    }
    // in the quotes' own order, as a filter over them gave
    if (inside.length)
      over.set(
        t,
        inside.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
      );
  }
  // Time expressions in no quote are visible to every quote; one inside quotes only to a quote all of them hold
  const free = sorted.filter((t) => !over.has(t));
  const isHeld = (quote: Quote) => {
    for (
      let j = firstStartingAt(byStart, quote.start + 1) - 1;
      j >= 0 && (maxEnd[j] ?? -1) >= quote.end;
      j--
    ) {
      const q = byStart[j];
      if (q && q !== quote && q.end >= quote.end) return true;
    }
    return false;
  };
  const visibleTo = (quote: Quote) =>
    over.size === 0 || !isHeld(quote)
      ? free
      : sorted.filter((t) => !over.get(t)?.some((q) => q === quote || !holds(q, quote)));
  // A telling to a hearer, or one told as done before, reported in another quote's words with its cue there ("Vell
  // admitted in court Friday she told police she never saw it"; "… said Friday it had been told …"): of another time
  // than the report, so dated only by a time inside those words ("… she told police on May 2 …"), never by a rule
  // reading the report's day. Other reported words may be of the report's occasion ("Tanjug said in the interview
  // Orr warned …", "said he estimated …", "which she said would save money").
  const reporting = (quote: Quote): Quote | undefined => {
    const cue = quote.cue;
    if (!cue || !TOLD_THEN.test(cue.text) || !isHeld(quote)) return undefined;
    return byStart.find((q) => q !== quote && holds(q, cue) && holds(q, quote));
  };
  const dated: Quote[] = [];
  const order = [...quotes].sort((a, b) => a.start - b.start);
  const result = new Map<Quote, Quote>();
  const before: Quote[] = [];
  // whether a quote in `before` is dated (rules needing one are not asked until then: most quotes have none)
  let earlierDate = false;
  // whether the lead names a day among all the article's times: one answer per article
  let leadAll: boolean | undefined;
  for (const quote of order) {
    let out: Quote = quote;
    if (quote.when === null || quote.when === undefined) {
      // one context for every rule (rules only read it)
      const ctx = { doc, quote, timexes: visibleTo(quote), dated, before, allTimexes: sorted };
      // what rules need (WhenRule.needs), read when first asked
      let lead: boolean | undefined;
      let near: boolean | undefined;
      const has = (need: NonNullable<WhenRule['needs']>): boolean => {
        if (need === 'earlier-date') return earlierDate;
        if (need === 'time-near') {
          near ??= timeNear(doc.folded, quote, ctx.timexes);
          return near;
        }
        if (need === 'lead-day') {
          lead ??= leadDay(doc.folded, ctx.timexes) !== null;
          return lead;
        }
        leadAll ??= leadDay(doc.folded, sorted) !== null;
        return leadAll;
      };
      const outer = reporting(quote);
      for (const rule of WHEN_RULES) {
        if (rule.needs && !has(rule.needs)) continue;
        const found = rule.find(ctx);
        if (!found) continue;
        if (outer && !holds(outer, found.timex)) continue;
        // "posting at 12:54 am local time on Twitter": a clock time alone names no day (the dates stage reads it
        // as the publication day, which the story often is not)
        if (found.timex.rule === 'dates/time-of-day') continue;
        // A statement is not made after its article: "This Wednesday X emphasized …" read as the next Wednesday.
        // A day name the cue governs is then the past one ("said in a statement on Monday the bridge would …").
        let when: string | null = found.when;
        if (isAfterPublication(when, doc.article.date))
          when = GOVERNED_DAY_RULES.has(rule.name) ? pastWeekday(found.timex, doc.article.date) : null;
        if (!when) continue;
        out = quoteWith(quote, { when, whenTimex: found.timex.id, whenRule: rule.name });
        dated.push(out);
        break;
      }
    }
    result.set(quote, out);
    before.push(out);
    if (out.when) earlierDate = true;
  }
  // Back from the end: a quote the next quote of its source dates with its own day ('… ," Roe said Monday.')
  for (let i = order.length - 2; i >= 0; i--) {
    const q = order[i];
    const current = q ? result.get(q) : undefined;
    if (!q || !current || current.when) continue;
    // the next quote not nested in this one
    let j = i + 1;
    while (j < order.length && (order[j]?.end ?? 0) <= q.end) j++;
    const nextQuote = order[j];
    const next = nextQuote ? result.get(nextQuote) : undefined;
    if (!next) continue;
    const found = whenLaterSameStatement.find({ doc, quote: current, next, timexes: visibleTo(q) });
    if (!found || isAfterPublication(found.when, doc.article.date)) continue;
    const outer = reporting(q);
    if (outer && !holds(outer, found.timex)) continue;
    result.set(
      q,
      quoteWith(current, {
        when: found.when,
        whenTimex: found.timex.id,
        whenRule: whenLaterSameStatement.name,
      }),
    );
  }
  return quotes.map((q) => result.get(q) ?? q);
}

// what a line may end or open with and still be passed over for the next: blanks (all that \s matches) and quote
// marks, more than the rules pass over, so the line found is never nearer than theirs (a char code test: a pattern
// per character cost more than the rules it spares)
const isPassedOver = (text: string, i: number): boolean => {
  if (isSpaceAt(text, i)) return true;
  const c = text.charCodeAt(i);
  return c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
};

/**
 * True when a time expression of `timexes` (in text order) lies near the quote (its cue and mention with it): on
 * its own lines, on the nearest line before and after them that holds more than blanks and quote marks, or within
 * 500 characters beyond those lines. What a `time-near` rule reads lies there: its own sentence, the one before or
 * after, a clause within a few hundred characters.
 */
export function timeNear(text: string, quote: Quote, timexes: readonly TimeExpression[]): boolean {
  if (timexes.length === 0) return false;
  const at = Math.min(quote.start, quote.cue?.start ?? quote.start, quote.mention?.start ?? quote.start);
  const end = Math.max(quote.end, quote.cue?.end ?? quote.end, quote.mention?.end ?? quote.end);
  const ownStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const ownEnd = lineEnd < 0 ? text.length : lineEnd;
  let p = ownStart - 1;
  while (p >= 0 && isPassedOver(text, p)) p--;
  const before = p < 0 ? 0 : text.lastIndexOf('\n', p) + 1;
  let n = ownEnd;
  while (n < text.length && isPassedOver(text, n)) n++;
  const nextEnd = text.indexOf('\n', n);
  const after = nextEnd < 0 ? text.length : nextEnd;
  const from = Math.min(before, ownStart - 500);
  const to = Math.max(after, ownEnd + 500);
  for (const t of timexes) {
    if (t.start >= to) return false;
    if (t.end > from) return true;
  }
  return false;
}

/** True when `outer` holds `inner` whole. */
const holds = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

// A telling to a hearer, or one told as done before: "told police", "informed the board", "had said", "has found".
const TOLD_THEN =
  /^(?:(?:had|has|have)\s+(?:been\s+)?)?(?:told|informed|assured|promised)\b|^(?:had|has|have)\s+\w+/i;

// Rules whose date is the cue's own day adverb, so a day name read as the coming one means the last one.
const GOVERNED_DAY_RULES = new Set([
  'link/when-cue-governed',
  'link/when-content-opening-day',
  'link/when-content-closing-vehicle',
  'link/when-sentence-opener',
  'link/when-speaking-participle',
]);

const WEEKDAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI|DT))?$/;

/** The day name's last occurrence on or before publication ("Monday" read as the coming Monday), or null. */
export function pastWeekday(t: TimeExpression, published: string | null): string | null {
  const day = parseDay(t.value);
  const pub = parseDay(published);
  // a day name, alone or with a part of the day ("Monday evening": 2016-04-18TEV)
  if (t.rule !== 'dates/weekday' || !day || !pub || !WEEKDAY_VALUE.test(t.value)) return null;
  if (/\b(?:next|coming|this|following)\b/i.test(t.text)) return null; // "Next Wednesday" means it
  const past = resolveWeekday(pub, weekday(day), 'past');
  return formatDay(past);
}

/** True when a statement date lies after the publication date (compared at the coarser of the two precisions). */
export function isAfterPublication(when: string, published: string | null): boolean {
  if (!published) return false;
  const n = Math.min(when.length, published.length);
  return when.slice(0, n) > published.slice(0, n);
}
